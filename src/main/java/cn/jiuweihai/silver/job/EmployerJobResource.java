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
import org.jboss.resteasy.reactive.ResponseStatus;

/** An employer's own jobs, managed by its members. */
@Path("/api/v1/employers/{employerId}/jobs")
@Tag(name = "单位岗位", description = "用人单位发布和查看本单位岗位")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class EmployerJobResource {

    private final JobService jobs;
    private final CurrentUser currentUser;

    EmployerJobResource(JobService jobs, CurrentUser currentUser) {
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "发布岗位", description = "仅已认证单位的成员可以发布。")
    @APIResponse(responseCode = "201", description = "已发布的岗位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail post(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Valid @NotNull(message = "请填写岗位信息") JobDraft draft) {
        return jobs.post(currentUser.userId(), Ids.parse(employerId), draft);
    }

    @GET
    @Operation(summary = "本单位的岗位", description = "含各种状态，按创建时间从新到旧排列。")
    @APIResponse(responseCode = "200", description = "岗位分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<JobViews.Summary> list(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Valid @BeanParam PageParams paging) {
        return jobs.ofEmployer(currentUser.userId(), Ids.parse(employerId), paging);
    }
}
