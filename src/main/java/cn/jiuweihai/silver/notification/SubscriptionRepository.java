package cn.jiuweihai.silver.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Sends users allowed per template. Each "accept" in the mini-program allows one send; both
 * the grant and the use are single statements, so parallel requests and instances agree.
 */
@ApplicationScoped
class SubscriptionRepository {

    /** A user who keeps accepting still gets no more than this many sends in stock. */
    private static final int MAX_REMAINING = 100;

    private final EntityManager em;

    SubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    void grant(long userId, String templateKey, Instant now) {
        em.createNativeQuery("insert into wechat_subscription (user_id, template_key, remaining, updated_at)"
                        + " values (?1, ?2, 1, ?3) on duplicate key update"
                        + " remaining = least(remaining + 1, " + MAX_REMAINING + "), updated_at = ?3")
                .setParameter(1, userId).setParameter(2, templateKey).setParameter(3, now)
                .executeUpdate();
    }

    /** Uses one send of the template; false when the user has none left. */
    boolean use(long userId, String templateKey, Instant now) {
        return em.createNativeQuery("update wechat_subscription set remaining = remaining - 1, updated_at = ?1"
                        + " where user_id = ?2 and template_key = ?3 and remaining > 0")
                .setParameter(1, now).setParameter(2, userId).setParameter(3, templateKey)
                .executeUpdate() == 1;
    }
}
