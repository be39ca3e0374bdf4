package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Employer registration as the employer's clerk uses it. */
@Path("/api/v1/employers")
@Tag(name = "用人单位", description = "单位注册、重新提交、查看，以及邀请同事加入")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class EmployerResource {

    private final EmployerService employers;
    private final StaffService staff;
    private final CurrentUser currentUser;

    EmployerResource(EmployerService employers, StaffService staff, CurrentUser currentUser) {
        this.employers = employers;
        this.staff = staff;
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

    @PUT
    @Path("/{employerId}")
    @Operation(summary = "修改并重新提交审核", description = "被驳回或待审核的单位由管理人员修改登记信息后重新进入审核；已认证的单位不能在此修改。")
    @APIResponse(responseCode = "200", description = "已重新提交，等待审核",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EmployerView resubmit(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
            @Valid @NotNull(message = "请填写单位信息") EmployerRequests.Registration request) {
        return employers.resubmit(currentUser.userId(), Ids.parse(employerId), request);
    }

    @POST
    @Path("/{employerId}/invitations")
    @ResponseStatus(201)
    @Operation(summary = "邀请同事", description = "单位管理人员生成一个只能使用一次、会过期的邀请码，同事凭码加入后可代表单位发布岗位、处理投递。")
    @APIResponse(responseCode = "201", description = "邀请码和加入链接",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffViews.Invitation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public StaffViews.Invitation invite(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId) {
        return staff.invite(currentUser.userId(), Ids.parse(employerId));
    }

    @GET
    @Path("/{employerId}/members")
    @Operation(summary = "单位成员", description = "按加入时间排列。")
    @APIResponse(responseCode = "200", description = "成员列表",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StaffViews.Member.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<StaffViews.Member> members(
            @Parameter(description = "单位编号", example = "3")
            @PathParam("employerId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId) {
        return staff.members(currentUser.userId(), Ids.parse(employerId));
    }

    @POST
    @Path("/join")
    @Operation(summary = "凭邀请码加入单位", description = "邀请码只能使用一次，过期作废。")
    @APIResponse(responseCode = "200", description = "已加入的单位",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EmployerView join(@Valid @NotNull(message = "请填写邀请码") EmployerRequests.Acceptance acceptance) {
        return staff.accept(currentUser.userId(), acceptance.code());
    }
}
