package cn.jiuweihai.silver.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in session: the token to send as {@code Authorization: Bearer ...} and who it is for. */
@Schema(name = "Session")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionResponse(
        @Schema(description = "访问令牌（RS256 JWT），放在 Authorization: Bearer 之后", required = true)
        String token,
        @Schema(description = "令牌过期时间（ISO-8601，带时区）", required = true, examples = "2026-12-04T10:00:00Z")
        Instant expiresAt,
        @Schema(description = "微信用户编号；工作人员登录时没有", examples = "1024")
        Long userId,
        @Schema(description = "当前拥有的角色：seeker 已完成求职登记，employer 是用人单位成员，admin 人社局工作人员",
                required = true, examples = "[\"seeker\"]")
        List<String> roles,
        @Schema(description = "是否本次首次登录而新建的账号", required = true)
        boolean newUser,
        @Schema(description = "工作人员负责的区划代码；为空表示全市", examples = "371002")
        String districtCode) {

    @Override
    public String toString() {
        return "SessionResponse[userId=" + userId + ", roles=" + roles + "]";
    }
}
