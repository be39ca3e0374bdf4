package cn.jiuweihai.silver.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of subscribe messages. A message is claimed with one conditional UPDATE, so of
 * several instances looking at the same due row exactly one gets it; the claim is a lease, so
 * a row of an instance that died is taken up again once the lease has run out.
 */
@ApplicationScoped
class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    /** A message this instance holds, with the recipient's openid. */
    record Claimed(long id, long userId, String openid, String templateKey, String page, String payload,
            int attempts) {

        @Override
        public String toString() {
            return "Claimed[id=" + id + "]";
        }
    }

    List<Long> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery("select o.id from OutboxMessage o"
                        + " where (o.status = :pending and o.nextAttemptAt <= :now)"
                        + " or (o.status = :sending and o.claimedUntil < :now) order by o.id", Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("sending", OutboxMessage.Status.SENDING)
                .setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Takes the message for {@code instance} until {@code until}; empty when another instance has it. */
    Optional<Claimed> claim(long id, String instance, Instant now, Instant until) {
        int taken = update("status = ?1, claimedBy = ?2, claimedUntil = ?3, attempts = attempts + 1 where id = ?4"
                        + " and ((status = ?5 and nextAttemptAt <= ?6) or (status = ?1 and claimedUntil < ?6))",
                OutboxMessage.Status.SENDING, instance, until, id, OutboxMessage.Status.PENDING, now);
        if (taken == 0) {
            return Optional.empty();
        }
        OutboxMessage m = findById(id);
        return Optional.of(new Claimed(m.id, m.userId, openidOf(m.userId), m.templateKey, m.page, m.payload,
                m.attempts));
    }

    /** Records the outcome, only while the claim is still this instance's. */
    int finish(long id, String instance, OutboxMessage.Status status, Integer errcode, Instant nextAttempt,
            Instant sentAt) {
        return update("status = ?1, lastError = ?2, nextAttemptAt = ?3, sentAt = ?4, claimedBy = null,"
                        + " claimedUntil = null where id = ?5 and claimedBy = ?6",
                status, errcode, nextAttempt, sentAt, id, instance);
    }

    private String openidOf(long userId) {
        return (String) getEntityManager().createNativeQuery("select openid from app_user where id = ?1")
                .setParameter(1, userId).getSingleResult();
    }
}
