package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Employer verification by bureau staff, limited to their district when they have one. */
@Path("/api/v1/admin/employers")
@Tag(name = "单位审核", description = "人社部门审核用人单位")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminEmployerResource {

    private final EmployerService employers;
    private final CurrentUser currentUser;

    AdminEmployerResource(EmployerService employers, CurrentUser currentUser) {
        this.employers = employers;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "待审核及已审核的单位", description = "按注册时间排列；区级工作人员只看到本区市的单位。")
    @APIResponse(responseCode = "200", description = "单位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<EmployerView> list(
            @Parameter(description = "审核状态；不填为全部") @QueryParam("status") VerificationStatus status,
            @Valid @BeanParam PageParams paging) {
        return employers.listForReview(status, currentUser.adminDistrict(), paging);
    }

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "审核用人单位", description = "通过后单位即可发布岗位；驳回须写明原因。")
    @APIResponse(responseCode = "200", description = "审核后的单位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EmployerView decide(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @NotNull(message = "请填写审核结论") EmployerRequests.Decision decision) {
        return employers.decide(Ids.parse(id), currentUser.adminId(), currentUser.adminDistrict(), decision);
    }

    @PUT
    @Path("/{id}/age-friendly")
    @Operation(summary = "授予或撤销优质适老就业企业", description = "只有已认证的单位可以获评；标识显示在单位的所有岗位上。")
    @APIResponse(responseCode = "200", description = "更新后的单位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EmployerView markAgeFriendly(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @NotNull(message = "请选择授予或撤销") EmployerRequests.AgeFriendlyMark mark) {
        return employers.markAgeFriendly(Ids.parse(id), currentUser.adminId(), currentUser.adminDistrict(),
                mark.granted());
    }
}
