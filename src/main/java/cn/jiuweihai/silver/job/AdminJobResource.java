package cn.jiuweihai.silver.job;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderation queue of bureau staff, limited to their district when they have one. */
@Path("/api/v1/admin/jobs")
@Tag(name = "岗位审核", description = "人社部门审核被内容安全拦下或修改了关键信息的岗位")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminJobResource {

    private final JobModeration moderation;
    private final CurrentUser currentUser;

    AdminJobResource(JobModeration moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/pending")
    @Operation(summary = "待审核的岗位", description = "按提交时间从早到晚排列，含等待审核的原因；区级工作人员只看到本区市的岗位。")
    @APIResponse(responseCode = "200", description = "岗位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<JobViews.Detail> pending(@Valid @BeanParam PageParams paging) {
        return moderation.queue(currentUser.adminDistrict(), paging);
    }

    @POST
    @Path("/{id}/review")
    @Operation(summary = "审核岗位", description = "通过即发布；驳回须写明原因，单位修改后可再次提交。")
    @APIResponse(responseCode = "200", description = "审核后的岗位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail review(
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Valid @NotNull(message = "请填写审核结论") JobRequests.ReviewDecision decision) {
        return moderation.decide(Ids.parse(id), currentUser.adminId(), currentUser.adminDistrict(), decision);
    }
}
