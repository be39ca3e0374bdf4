package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    private final CurrentUser currentUser;

    SeekerResource(SeekerService seekers, CurrentUser currentUser) {
        this.seekers = seekers;
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
    @Operation(summary = "求职登记", description = "50周岁以上劳动者自主登记；出生日期和性别取自身份证号码。")
    @APIResponse(responseCode = "201", description = "登记成功，返回本人完整信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SeekerProfile.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
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
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public SeekerProfile update(@Valid @NotNull(message = "请填写登记信息") SeekerRequests.Update request) {
        return seekers.update(currentUser.userId(), request);
    }
}
