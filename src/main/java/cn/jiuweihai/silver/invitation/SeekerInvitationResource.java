package cn.jiuweihai.silver.invitation;

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

/** Invitations a seeker received, and the answer to each. */
@Path("/api/v1/seekers/me/invitations")
@Tag(name = "邀约")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class SeekerInvitationResource {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    SeekerInvitationResource(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "收到的邀约", description = "最新的在前；过了回复时间的显示为已过期。")
    @APIResponse(responseCode = "200", description = "邀约分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<InvitationViews.Received> mine(@Valid @BeanParam PageParams paging) {
        return invitations.ofSeeker(currentUser.userId(), paging);
    }

    @POST
    @Path("/{invitationId}/accept")
    @Operation(summary = "接受邀约", description = "接受后即成为“邀请面试”的投递，双方可以看到对方的电话。")
    @APIResponse(responseCode = "200", description = "接受后的邀约，含投递编号",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationViews.Received.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public InvitationViews.Received accept(
            @Parameter(description = "邀约编号", example = "7")
            @PathParam("invitationId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String invitationId) {
        return invitations.accept(currentUser.userId(), Ids.parse(invitationId));
    }

    @POST
    @Path("/{invitationId}/decline")
    @Operation(summary = "婉拒邀约", description = "单位会收到您婉拒的消息，看不到您的电话。")
    @APIResponse(responseCode = "200", description = "婉拒后的邀约",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationViews.Received.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public InvitationViews.Received decline(
            @Parameter(description = "邀约编号", example = "7")
            @PathParam("invitationId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String invitationId) {
        return invitations.decline(currentUser.userId(), Ids.parse(invitationId));
    }
}
