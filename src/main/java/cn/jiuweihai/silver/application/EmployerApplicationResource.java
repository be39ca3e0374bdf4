package cn.jiuweihai.silver.application;

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

/** Applications received by an employer, and moving them along the pipeline. */
@Path("/api/v1/employers/{employerId}/applications")
@Tag(name = "收到的投递", description = "用人单位查看和处理投递")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class EmployerApplicationResource {

    private final ApplicationService applications;
    private final CurrentUser currentUser;

    EmployerApplicationResource(ApplicationService applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "收到的投递", description = "最新的在前；可按岗位和状态筛选。")
    @APIResponse(responseCode = "200", description = "投递分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<ApplicationViews.ForEmployer> list(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "只看某个岗位", example = "101")
            @QueryParam("jobId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobId,
            @Parameter(description = "只看某个状态") @QueryParam("status") ApplicationStatus status,
            @Valid @BeanParam PageParams paging) {
        Long job = jobId == null ? null : Ids.parse(jobId);
        return applications.ofEmployer(currentUser.userId(), Ids.parse(employerId), job, status, paging);
    }

    @PUT
    @Path("/{applicationId}/status")
    @Operation(summary = "处理投递", description = "已投递→已查看→邀请面试→录用，或不合适。邀请面试须填写时间和地点。")
    @APIResponse(responseCode = "200", description = "处理后的投递",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationViews.ForEmployer.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ApplicationViews.ForEmployer move(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Parameter(description = "投递编号", example = "55")
            @PathParam("applicationId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String applicationId,
            @Valid @NotNull(message = "请选择新的状态") ApplicationViews.StatusChange change) {
        return applications.move(currentUser.userId(), Ids.parse(employerId), Ids.parse(applicationId), change);
    }
}
