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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** An employer's own jobs, managed by its members. */
@Path("/api/v1/employers/{employerId}/jobs")
@Tag(name = "单位岗位", description = "用人单位发布、修改、提交和结束本单位岗位")
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
    @Operation(summary = "发布岗位", description = "仅已认证单位的成员可以发布。岗位名称和工作内容经微信内容安全检测通过即发布；"
            + "有风险或暂时无法检测的进入人工审核（PENDING_REVIEW）。draft=true 只保存为草稿。")
    @APIResponse(responseCode = "201", description = "已发布、待审核或草稿状态的岗位",
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
            @Parameter(description = "true 时只保存为草稿，不提交", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("draft") @Pattern(regexp = "^(true|false)$", message = "应为 true 或 false") String draft,
            @NotNull(message = "请填写岗位信息") JobDraft body) {
        return jobs.post(currentUser.userId(), Ids.parse(employerId), body, "true".equals(draft));
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

    @GET
    @Path("/{jobId}")
    @Operation(summary = "本单位的一个岗位", description = "任何状态都可查看，含等待审核或被驳回的原因。")
    @APIResponse(responseCode = "200", description = "岗位详情",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail get(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId) {
        return jobs.ownDetail(currentUser.userId(), Ids.parse(employerId), Ids.parse(jobId));
    }

    @PUT
    @Path("/{jobId}")
    @Operation(summary = "修改岗位", description = "已发布的岗位修改了薪酬、地点或工作内容时重新进入审核；已结束的岗位不能修改。")
    @APIResponse(responseCode = "200", description = "修改后的岗位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail update(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId,
            @NotNull(message = "请填写岗位信息") JobDraft body) {
        return jobs.update(currentUser.userId(), Ids.parse(employerId), Ids.parse(jobId), body);
    }

    @POST
    @Path("/{jobId}/submit")
    @Operation(summary = "提交草稿或被驳回的岗位", description = "经内容安全检测通过即发布，否则进入人工审核。")
    @APIResponse(responseCode = "200", description = "提交后的岗位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail submit(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId) {
        return jobs.submit(currentUser.userId(), Ids.parse(employerId), Ids.parse(jobId));
    }

    @POST
    @Path("/{jobId}/close")
    @Operation(summary = "结束招聘", description = "岗位不再出现在搜索中；已结束的再结束一次不会改变什么。")
    @APIResponse(responseCode = "200", description = "已结束的岗位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobViews.Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public JobViews.Detail close(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "岗位编号", example = "101")
            @PathParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId) {
        return jobs.close(currentUser.userId(), Ids.parse(employerId), Ids.parse(jobId));
    }
}
