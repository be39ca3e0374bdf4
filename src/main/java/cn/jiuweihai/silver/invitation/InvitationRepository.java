package cn.jiuweihai.silver.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Invitations as the seeker and the employer see them, expiry, and the daily quota. */
@ApplicationScoped
class InvitationRepository implements PanacheRepositoryBase<Invitation, Long> {

    record Found(List<Invitation> items, long total) {
    }

    Found ofSeeker(long seekerId, int offset, int size) {
        List<Invitation> items = getEntityManager().createQuery("select i from Invitation i join fetch i.job j"
                        + " join fetch j.employer where i.seekerId = :seeker order by i.createdAt desc, i.id desc",
                        Invitation.class)
                .setParameter("seeker", seekerId).setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count("seekerId", seekerId));
    }

    Found ofEmployer(long employerId, int offset, int size) {
        List<Invitation> items = getEntityManager().createQuery("select i from Invitation i join fetch i.job j"
                        + " where i.employerId = :employer order by i.createdAt desc, i.id desc", Invitation.class)
                .setParameter("employer", employerId).setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count("employerId", employerId));
    }

    Optional<Invitation> findOfSeeker(long id, long seekerId) {
        return getEntityManager().createQuery("select i from Invitation i join fetch i.job j join fetch j.employer"
                        + " where i.id = :id and i.seekerId = :seeker", Invitation.class)
                .setParameter("id", id).setParameter("seeker", seekerId).getResultStream().findFirst();
    }

    boolean exists(long jobId, long seekerId) {
        return count("job.id = ?1 and seekerId = ?2", jobId, seekerId) > 0;
    }

    boolean applied(long jobId, long seekerId) {
        return !getEntityManager().createNativeQuery("select id from job_application where job_id = ?1"
                        + " and seeker_id = ?2").setParameter(1, jobId).setParameter(2, seekerId)
                .getResultList().isEmpty();
    }

    /**
     * Counts one more invitation of the employer today, unless the limit is reached. One
     * conditional UPDATE decides, so parallel requests on several instances cannot overshoot.
     */
    boolean takeQuota(long employerId, LocalDate day, int limit) {
        getEntityManager().createNativeQuery("insert into invitation_quota (employer_id, quota_day, used)"
                        + " values (?1, ?2, 0) on duplicate key update used = used")
                .setParameter(1, employerId).setParameter(2, day).executeUpdate();
        return getEntityManager().createNativeQuery("update invitation_quota set used = used + 1"
                        + " where employer_id = ?1 and quota_day = ?2 and used < ?3")
                .setParameter(1, employerId).setParameter(2, day).setParameter(3, limit)
                .executeUpdate() == 1;
    }

    int declineOpen(long seekerId, Instant now) {
        return update("status = ?1, respondedAt = ?2 where seekerId = ?3 and status = ?4", InvitationStatus.DECLINED,
                now, seekerId, InvitationStatus.SENT);
    }

    int expire(Instant now) {
        return update("status = ?1 where status = ?2 and expiresAt <= ?3", InvitationStatus.EXPIRED,
                InvitationStatus.SENT, now);
    }
}
