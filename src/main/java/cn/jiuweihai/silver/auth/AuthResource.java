package cn.jiuweihai.silver.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login for WeChat users and bureau staff, and "who am I". */
@Path("/api/v1/auth")
@Tag(name = "登录", description = "微信登录、工作人员登录")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final CurrentUser currentUser;

    AuthResource(AuthService auth, CurrentUser currentUser) {
        this.auth = auth;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/wechat-login")
    @PermitAll
    @Operation(summary = "微信登录",
            description = "用 wx.login 的临时凭证换取本系统的访问令牌；首次登录时自动建立账号。凭证只能使用一次。")
    @APIResponse(responseCode = "200", description = "登录成功",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SessionResponse weChatLogin(@Valid @NotNull(message = "请提交登录凭证") LoginRequests.WeChat request) {
        return auth.loginWithWeChat(request.code());
    }

    @POST
    @Path("/admin-login")
    @PermitAll
    @Operation(summary = "工作人员登录", description = "人社局工作人员用用户名和密码登录。")
    @APIResponse(responseCode = "200", description = "登录成功",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SessionResponse adminLogin(@Valid @NotNull(message = "请提交用户名和密码") LoginRequests.Admin request) {
        return auth.loginAsAdmin(request.username(), request.password());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "当前微信用户的角色", description = "注册为求职者或用人单位后，角色会立即出现在这里。")
    @APIResponse(responseCode = "200", description = "当前用户",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public MeResponse me() {
        long userId = currentUser.userId();
        return new MeResponse(userId, auth.rolesOf(userId));
    }
}
