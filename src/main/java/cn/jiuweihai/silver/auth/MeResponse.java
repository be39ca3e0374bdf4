package cn.jiuweihai.silver.auth;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The calling WeChat user and the roles they hold now. */
@Schema(name = "Me")
public record MeResponse(
        @Schema(description = "微信用户编号", required = true, examples = "1024") long userId,
        @Schema(description = "当前拥有的角色", required = true, examples = "[\"seeker\", \"employer\"]")
        List<String> roles) {
}
