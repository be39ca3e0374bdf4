package cn.jiuweihai.silver.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Ends a WeChat identity when its owner deregisters: the openid and unionid are dropped, so a
 * later WeChat login creates a new user, and the user's tokens stop working at once.
 */
@ApplicationScoped
public class AccountErasure {

    @Transactional
    public void erase(long userId) {
        UserAccount user = UserAccount.findById(userId);
        if (user == null || user.erasedAt != null) {
            return;
        }
        // The row stays, without the identity, because history (application moves) points at it.
        user.openid = "erased-" + userId;
        user.unionid = null;
        user.erasedAt = Instant.now();
    }
}
