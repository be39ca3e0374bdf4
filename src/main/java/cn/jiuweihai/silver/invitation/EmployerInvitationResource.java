package cn.jiuweihai.silver.invitation;

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

/** Invitations an employer sends to seekers it found among the recommended candidates. */
@Path("/api/v1/employers/{employerId}/job-invitations")
@Tag(name = "邀约", description = "用人单位邀请求职者，求职者接受或婉拒")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class EmployerInvitationResource {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    EmployerInvitationResource(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "邀请求职者", description = "就本单位一个正在招聘的岗位邀请求职者；每个单位每天的邀约条数有上限。"
            + "对方接受前只显示称呼、年龄段、区市和技能。")
    @APIResponse(responseCode = "201", description = "已发出的邀约",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationViews.Sent.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public InvitationViews.Sent invite(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Valid @NotNull(message = "请选择岗位和求职者") InvitationViews.Invite request) {
        return invitations.invite(currentUser.userId(), Ids.parse(employerId), request);
    }

    @GET
    @Operation(summary = "发出的邀约", description = "最新的在前，含对方的回复。")
    @APIResponse(responseCode = "200", description = "邀约分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<InvitationViews.Sent> list(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Valid @BeanParam PageParams paging) {
        return invitations.ofEmployer(currentUser.userId(), Ids.parse(employerId), paging);
    }
}
