package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The silver talent registry as the seeker uses it. */
@Path("/api/v1/seekers")
@Tag(name = "求职登记", description = "银发人力资源登记：求职者本人登记、查看和修改")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeekerResource {

    private final SeekerService seekers;
    private final SeekerRights rights;
    private final CurrentUser currentUser;

    SeekerResource(SeekerService seekers, SeekerRights rights, CurrentUser currentUser) {
        this.seekers = seekers;
        this.rights = rights;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/privacy-notice")
    @PermitAll
    @Operation(summary = "隐私政策告知", description = "登记前展示给求职者；登记时提交其版本号表示同意。")
    @APIResponse(responseCode = "200", description = "当前版本的告知",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PrivacyNotice.class)))
    public PrivacyNotice privacyNotice() {
        return seekers.privacyNotice();
    }

    @POST
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @ResponseStatus(201)
    @Operation(summary = "求职登记", description = "50周岁以上劳动者自主登记；出生日期和性别取自身份证号码。"
            + "手机号可用“获取手机号”按钮的 code（phoneCode），也可手工填写。工作人员曾代为登记的，"
            + "本人用同一身份证号码和手机号登记即可认领。")
    @APIResponse(responseCode = "201", description = "登记成功，返回本人完整信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerProfile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SeekerProfile register(@Valid @NotNull(message = "请填写登记信息") SeekerRequests.Registration request) {
        return seekers.register(currentUser.userId(), request);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "查看我的登记信息")
    @APIResponse(responseCode = "200", description = "本人完整信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerProfile.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SeekerProfile me() {
        return seekers.profile(currentUser.userId());
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "修改我的登记信息", description = "身份证号码登记后不能修改。")
    @APIResponse(responseCode = "200", description = "修改后的信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerProfile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SeekerProfile update(@Valid @NotNull(message = "请填写登记信息") SeekerRequests.Update request) {
        return seekers.update(currentUser.userId(), request);
    }

    @PUT
    @Path("/me/priority-groups")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "申报或撤回重点群体",
            description = "脱贫享受政策人口、低收入人口、残疾人属于敏感信息，须本人另行同意；只有本人和人社部门工作人员可见，"
                    + "用人单位看不到。提交空列表即撤回。")
    @APIResponse(responseCode = "200", description = "申报后的登记信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerProfile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SeekerProfile declarePriority(
            @Valid @NotNull(message = "请选择重点群体") SeekerRequests.PriorityDeclaration declaration) {
        return seekers.declarePriority(currentUser.userId(), declaration);
    }

    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "下载我的全部信息",
            description = "本系统保存的关于您的全部信息：登记信息、同意记录、投递及其变化、工作人员查看记录。")
    @APIResponse(responseCode = "200", description = "全部信息（JSON）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerExport.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response export() {
        return Response.ok(rights.export(currentUser.userId()))
                .header("Content-Disposition", "attachment; filename=\"my-data.json\"")
                .build();
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "注销登记",
            description = "删除您的姓名、身份证号码、手机号码和求职信息；未结束的投递自动撤回，投递记录只以匿名方式保留用于统计。"
                    + "注销后当前登录立即失效，再次用微信登录将是一个新账号。")
    @APIResponse(responseCode = "204", description = "已注销")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public void deregister() {
        rights.deregister(currentUser.userId());
    }
}
