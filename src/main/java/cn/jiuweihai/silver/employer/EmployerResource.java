package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Employer registration as the employer's clerk uses it. */
@Path("/api/v1/employers")
@Tag(name = "用人单位", description = "单位注册与查看")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class EmployerResource {

    private final EmployerService employers;
    private final CurrentUser currentUser;

    EmployerResource(EmployerService employers, CurrentUser currentUser) {
        this.employers = employers;
        this.currentUser = currentUser;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "注册用人单位", description = "注册人成为单位管理人员；人社部门审核通过后才能发布岗位。")
    @APIResponse(responseCode = "201", description = "已提交，等待审核",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EmployerView register(@Valid @NotNull(message = "请填写单位信息") EmployerRequests.Registration request) {
        return employers.register(currentUser.userId(), request);
    }

    @GET
    @Path("/mine")
    @Operation(summary = "我所在的用人单位", description = "当前微信用户作为成员的全部单位，含审核状态。")
    @APIResponse(responseCode = "200", description = "单位列表（可能为空）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EmployerView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<EmployerView> mine() {
        return employers.mine(currentUser.userId());
    }
}
