package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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

/** The seeker's own applications and where each one stands. */
@Path("/api/v1/seekers/me/applications")
@Tag(name = "投递")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class SeekerApplicationResource {

    private final ApplicationService applications;
    private final CurrentUser currentUser;

    SeekerApplicationResource(ApplicationService applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "我的投递", description = "最新的在前，含面试时间地点和单位留言。")
    @APIResponse(responseCode = "200", description = "投递分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<ApplicationViews.ForSeeker> mine(@Valid @BeanParam PageParams paging) {
        return applications.ofSeeker(currentUser.userId(), paging);
    }

    @POST
    @Path("/{applicationId}/withdraw")
    @Operation(summary = "撤回投递", description = "已投递、单位已查看或邀请面试中的投递可以撤回；撤回后单位不再看到您的电话。")
    @APIResponse(responseCode = "200", description = "撤回后的投递",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationViews.ForSeeker.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ApplicationViews.ForSeeker withdraw(
            @Parameter(description = "投递编号", example = "55")
            @PathParam("applicationId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String applicationId) {
        return applications.withdraw(currentUser.userId(), Ids.parse(applicationId));
    }
}
