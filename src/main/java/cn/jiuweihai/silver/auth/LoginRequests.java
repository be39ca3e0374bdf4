package cn.jiuweihai.silver.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the login operations. */
final class LoginRequests {

    private LoginRequests() {
    }

    /** The code from {@code wx.login}. */
    @Schema(name = "WeChatLoginRequest")
    record WeChat(
            @Schema(description = "wx.login 得到的临时登录凭证", required = true, examples = "0a3Xk2000abcDEF12")
            @NotBlank(message = "缺少微信登录凭证")
            @Size(max = 128, message = "微信登录凭证格式不正确")
            @Pattern(regexp = "^[0-9A-Za-z_\\-]*$", message = "微信登录凭证格式不正确")
            String code) {

        @Override
        public String toString() {
            return "WeChatLoginRequest[redacted]";
        }
    }

    /** A staff member's username and password. */
    @Schema(name = "AdminLoginRequest")
    record Admin(
            @Schema(description = "工作人员用户名", required = true, examples = "huancui01")
            @NotBlank(message = "请填写用户名") @Size(max = 32, message = "用户名最多32个字符")
            String username,
            @Schema(description = "密码", required = true, format = "password")
            @NotBlank(message = "请填写密码") @Size(max = 72, message = "密码最多72个字符")
            String password) {

        @Override
        public String toString() {
            return "AdminLoginRequest[redacted]";
        }
    }
}
