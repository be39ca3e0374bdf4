package cn.jiuweihai.silver.auth;

import cn.jiuweihai.silver.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token. */
@RequestScoped
public class CurrentUser {

    static final String DISTRICT_CLAIM = "district";

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The WeChat user's id; refuses a staff token, which has no user behind it, and the token of a
     * user who has since deregistered.
     */
    public long userId() {
        if (!token.getGroups().contains(Roles.USER)) {
            throw ProblemException.forbidden("FORBIDDEN", "没有权限", "请使用微信登录后再进行这项操作");
        }
        long userId = Long.parseLong(token.getSubject());
        if (UserAccount.isErased(userId)) {
            throw new ProblemException(401, "ACCOUNT_DEREGISTERED", "账号已注销",
                    "这个账号已经注销，请重新登录；重新登录后是一个新账号");
        }
        return userId;
    }

    /** The staff account's id; only for tokens of the admin group. */
    public long adminId() {
        return Long.parseLong(token.getSubject());
    }

    /** The district a staff member is limited to, or null for city-wide staff. */
    public String adminDistrict() {
        Object claim = token.getClaim(DISTRICT_CLAIM);
        return claim == null ? null : claim.toString();
    }
}
