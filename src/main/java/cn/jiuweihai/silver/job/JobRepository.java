package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.employer.VerificationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Job queries: an employer's own list, the moderation queue, and the feeds of the search index. */
@ApplicationScoped
class JobRepository implements PanacheRepositoryBase<Job, Long> {

    record Found(List<Job> items, long total) {
    }

    Found ofEmployer(long employerId, int offset, int size) {
        List<Job> items = getEntityManager().createQuery(
                        "select j from Job j join fetch j.employer where j.employer.id = :employer"
                                + " order by j.createdAt desc, j.id desc", Job.class)
                .setParameter("employer", employerId)
                .setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count("employer.id", employerId));
    }

    /** Jobs waiting for staff, oldest submission first; limited to a district when one is given. */
    Found pendingReview(String districtCode, int offset, int size) {
        String where = " where j.status = :status" + (districtCode == null ? "" : " and j.districtCode = :district");
        var page = getEntityManager().createQuery("select j from Job j join fetch j.employer" + where
                + " order by j.submittedAt, j.id", Job.class);
        var count = getEntityManager().createQuery("select count(j) from Job j" + where, Long.class);
        page.setParameter("status", JobEnums.Status.PENDING_REVIEW);
        count.setParameter("status", JobEnums.Status.PENDING_REVIEW);
        if (districtCode != null) {
            page.setParameter("district", districtCode);
            count.setParameter("district", districtCode);
        }
        return new Found(page.setFirstResult(offset).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    Optional<Job> findWithEmployer(long id) {
        return getEntityManager().createQuery("select j from Job j join fetch j.employer where j.id = :id", Job.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The jobs with these ids, in the order of the ids given. */
    List<Job> withEmployers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Job> found = getEntityManager().createQuery(
                        "select j from Job j join fetch j.employer where j.id in :ids", Job.class)
                .setParameter("ids", ids).getResultList();
        return found.stream().sorted(Comparator.comparingInt(job -> ids.indexOf(job.id))).toList();
    }

    /** A batch of open jobs with ids above {@code afterId}, for loading the search index. */
    List<Job> openAfter(long afterId, LocalDate today, int limit) {
        return getEntityManager().createQuery("select j from Job j join fetch j.employer e where j.id > :after"
                        + " and j.status = :status and j.validUntil >= :today and e.verificationStatus = :verified"
                        + " order by j.id", Job.class)
                .setParameter("after", afterId).setParameter("status", JobEnums.Status.PUBLISHED)
                .setParameter("today", today).setParameter("verified", VerificationStatus.VERIFIED)
                .setMaxResults(limit).getResultList();
    }

    /** Jobs changed at or after {@code since}, in any status, oldest change first. */
    List<Job> changedSince(Instant since, int limit) {
        return getEntityManager().createQuery("select j from Job j join fetch j.employer"
                        + " where j.updatedAt >= :since order by j.updatedAt, j.id", Job.class)
                .setParameter("since", since).setMaxResults(limit).getResultList();
    }

    List<Job> ofEmployerAll(long employerId) {
        return getEntityManager().createQuery("select j from Job j join fetch j.employer where j.employer.id = :e",
                Job.class).setParameter("e", employerId).getResultList();
    }

    Instant lastChange() {
        return getEntityManager().createQuery("select max(j.updatedAt) from Job j", Instant.class).getSingleResult();
    }

    /**
     * Marks an employer's jobs changed, so every instance's search index reloads them. The version
     * moves too: updated_at alone may not, when the server keeps whole seconds only.
     */
    int touchEmployerJobs(long employerId, Instant now) {
        return update("updatedAt = ?1, version = version + 1 where employer.id = ?2", now, employerId);
    }

    /** Closes published jobs whose valid-until date has passed. */
    int closeExpired(LocalDate today, Instant now) {
        return update("status = ?1, closedAt = ?2, updatedAt = ?2, version = version + 1"
                        + " where status = ?3 and validUntil < ?4",
                JobEnums.Status.CLOSED, now, JobEnums.Status.PUBLISHED, today);
    }
}
