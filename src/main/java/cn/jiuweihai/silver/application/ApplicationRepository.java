package cn.jiuweihai.silver.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Applications, as the seeker and as the employer see them, and their history. */
@ApplicationScoped
class ApplicationRepository implements PanacheRepositoryBase<JobApplication, Long> {

    record Found(List<JobApplication> items, long total) {
    }

    boolean exists(long jobId, long seekerId) {
        return count("job.id = ?1 and seekerId = ?2", jobId, seekerId) > 0;
    }

    Found ofSeeker(long seekerId, int offset, int size) {
        List<JobApplication> items = getEntityManager().createQuery(
                        "select a from JobApplication a join fetch a.job j join fetch j.employer"
                                + " where a.seekerId = :seeker order by a.createdAt desc, a.id desc",
                        JobApplication.class)
                .setParameter("seeker", seekerId)
                .setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count("seekerId", seekerId));
    }

    Found ofEmployer(long employerId, Long jobId, ApplicationStatus status, int offset, int size) {
        String where = " where j.employer.id = :employer"
                + (jobId == null ? "" : " and j.id = :job")
                + (status == null ? "" : " and a.status = :status");
        TypedQuery<JobApplication> page = getEntityManager().createQuery(
                "select a from JobApplication a join fetch a.job j" + where + " order by a.createdAt desc, a.id desc",
                JobApplication.class);
        TypedQuery<Long> count = getEntityManager().createQuery(
                "select count(a) from JobApplication a join a.job j" + where, Long.class);
        bind(page, count, "employer", employerId);
        if (jobId != null) {
            bind(page, count, "job", jobId);
        }
        if (status != null) {
            bind(page, count, "status", status);
        }
        return new Found(page.setFirstResult(offset).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    List<JobApplication> allOfSeeker(long seekerId) {
        return getEntityManager().createQuery(
                        "select a from JobApplication a join fetch a.job j join fetch j.employer"
                                + " where a.seekerId = :seeker order by a.createdAt, a.id", JobApplication.class)
                .setParameter("seeker", seekerId)
                .getResultList();
    }

    List<ApplicationEvent> history(long applicationId) {
        return getEntityManager().createQuery("select e from ApplicationEvent e where e.applicationId = :id"
                        + " order by e.createdAt, e.id", ApplicationEvent.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    Optional<JobApplication> findOfEmployer(long applicationId, long employerId) {
        return getEntityManager().createQuery("select a from JobApplication a join fetch a.job j"
                        + " where a.id = :id and j.employer.id = :employer", JobApplication.class)
                .setParameter("id", applicationId).setParameter("employer", employerId)
                .getResultStream().findFirst();
    }

    Optional<JobApplication> findOfSeeker(long applicationId, long seekerId) {
        return getEntityManager().createQuery("select a from JobApplication a join fetch a.job j join fetch j.employer"
                        + " where a.id = :id and a.seekerId = :seeker", JobApplication.class)
                .setParameter("id", applicationId).setParameter("seeker", seekerId)
                .getResultStream().findFirst();
    }

    Optional<JobApplication> findByJobAndSeeker(long jobId, long seekerId) {
        return find("job.id = ?1 and seekerId = ?2", jobId, seekerId).firstResultOptional();
    }

    boolean jobExists(long jobId) {
        return !getEntityManager().createNativeQuery("select id from job where id = ?1")
                .setParameter(1, jobId).getResultList().isEmpty();
    }

    /**
     * Locks the job row until the transaction ends and returns its headcount, so hires into one
     * job are counted one after another (a write lock: MariaDB has no "for share").
     */
    int lockHeadcount(long jobId) {
        Number headcount = (Number) getEntityManager()
                .createNativeQuery("select headcount from job where id = ?1 for update")
                .setParameter(1, jobId).getSingleResult();
        return headcount.intValue();
    }

    /** Hires of a job as committed now: a locking read, not the transaction's older snapshot. */
    int hiredLocked(long jobId) {
        return getEntityManager().createNativeQuery("select id from job_application"
                        + " where job_id = ?1 and status = 'HIRED' for update")
                .setParameter(1, jobId).getResultList().size();
    }

    long hired(long jobId) {
        return count("job.id = ?1 and status = ?2", jobId, ApplicationStatus.HIRED);
    }

    void record(JobApplication application, ApplicationStatus from, long actorUserId, String actorRole,
            String note) {
        ApplicationEvent event = new ApplicationEvent();
        event.applicationId = application.id;
        event.fromStatus = from;
        event.toStatus = application.status;
        event.actorUserId = actorUserId;
        event.actorRole = actorRole;
        event.note = note;
        event.createdAt = application.updatedAt;
        getEntityManager().persist(event);
    }

    private static void bind(TypedQuery<?> page, TypedQuery<?> count, String name, Object value) {
        page.setParameter(name, value);
        count.setParameter(name, value);
    }
}
