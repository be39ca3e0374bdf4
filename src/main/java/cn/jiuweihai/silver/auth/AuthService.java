package cn.jiuweihai.silver.auth;

import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.wechat.WeChatGateway;
import cn.jiuweihai.silver.wechat.WeChatIdentity;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Logs people in: WeChat users by their login code, bureau staff by password. */
@ApplicationScoped
class AuthService {

    private final WeChatGateway weChat;
    private final TokenIssuer tokens;
    private final Instance<RoleSource> roleSources;

    AuthService(WeChatGateway weChat, TokenIssuer tokens, Instance<RoleSource> roleSources) {
        this.weChat = weChat;
        this.tokens = tokens;
        this.roleSources = roleSources;
    }

    /** Exchanges the code (outside any transaction: WeChat may be slow), then finds or creates the user. */
    SessionResponse loginWithWeChat(String code) {
        WeChatIdentity identity = weChat.exchangeLoginCode(code);
        LoginOutcome outcome = recordLogin(identity);
        TokenIssuer.Issued issued = tokens.forUser(outcome.user().id);
        return new SessionResponse(issued.token(), issued.expiresAt(), outcome.user().id,
                rolesOf(outcome.user().id), outcome.created(), null);
    }

    SessionResponse loginAsAdmin(String username, String password) {
        AdminAccount admin = AdminAccount.findByUsername(username.trim());
        String hash = admin == null ? PasswordCheck.DECOY_HASH : admin.passwordHash;
        if (!PasswordCheck.matches(password, hash) || admin == null) {
            Log.info("Staff login refused");
            throw new ProblemException(401, "ADMIN_LOGIN_FAILED", "登录失败", "用户名或密码不正确");
        }
        Log.infof("Staff account %d logged in", admin.id);
        TokenIssuer.Issued issued = tokens.forAdmin(admin);
        return new SessionResponse(issued.token(), issued.expiresAt(), null, List.of(Roles.ADMIN), false,
                admin.districtCode);
    }

    List<String> rolesOf(long userId) {
        return roleSources.stream().map(source -> source.roleOf(userId))
                .flatMap(Optional::stream).sorted().toList();
    }

    record LoginOutcome(UserAccount user, boolean created) {
    }

    @Transactional
    LoginOutcome recordLogin(WeChatIdentity identity) {
        Instant now = Instant.now();
        UserAccount user = UserAccount.findByOpenid(identity.openid());
        if (user != null) {
            user.lastLoginAt = now;
            if (identity.unionid() != null) {
                user.unionid = identity.unionid();
            }
            return new LoginOutcome(user, false);
        }
        user = new UserAccount();
        user.openid = identity.openid();
        user.unionid = identity.unionid();
        user.createdAt = now;
        user.lastLoginAt = now;
        user.persist();
        Log.infof("New WeChat user %d created", user.id);
        return new LoginOutcome(user, true);
    }
}
