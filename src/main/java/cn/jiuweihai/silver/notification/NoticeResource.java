package cn.jiuweihai.silver.notification;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The user's notices (站内消息) and the WeChat subscribe messages they allow. */
@Path("/api/v1/notices")
@Tag(name = "消息", description = "站内消息与微信订阅消息")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
public class NoticeResource {

    private final NoticeService notices;
    private final CurrentUser currentUser;

    NoticeResource(NoticeService notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "我的消息", description = "新投递、状态变化、面试时间、邀约和回复；最新的在前。")
    @APIResponse(responseCode = "200", description = "消息分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<NoticeViews.Item> list(
            @Parameter(description = "只看未读") @QueryParam("unread") boolean unreadOnly,
            @Valid @BeanParam PageParams paging) {
        return notices.list(currentUser.userId(), unreadOnly, paging);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "未读消息数", description = "用于消息图标上的红点。")
    @APIResponse(responseCode = "200", description = "未读条数",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeViews.Unread.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public NoticeViews.Unread unread() {
        return notices.unread(currentUser.userId());
    }

    @POST
    @Path("/{noticeId}/read")
    @ResponseStatus(204)
    @Operation(summary = "标为已读", description = "已读的消息再标一次也没关系。")
    @APIResponse(responseCode = "204", description = "已标为已读")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public void markRead(
            @Parameter(description = "消息编号", example = "301")
            @PathParam("noticeId") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String noticeId) {
        notices.markRead(currentUser.userId(), Ids.parse(noticeId));
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "全部标为已读")
    @APIResponse(responseCode = "200", description = "剩余未读条数（0）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeViews.Unread.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public NoticeViews.Unread markAllRead() {
        return notices.markAllRead(currentUser.userId());
    }

    @GET
    @Path("/templates")
    @Operation(summary = "订阅消息模板", description = "小程序用这些模板 ID 调用 wx.requestSubscribeMessage 请用户允许。")
    @APIResponse(responseCode = "200", description = "模板列表",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeViews.Template.class, type =
                            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<NoticeViews.Template> templates() {
        currentUser.userId();
        return notices.templates();
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "报告订阅结果", description = "把 wx.requestSubscribeMessage 的结果原样提交；每次“允许”可收到一条微信消息。")
    @APIResponse(responseCode = "200", description = "本次获得的订阅",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeViews.Granted.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public NoticeViews.Granted subscribe(@Valid @NotNull(message = "请提交订阅结果") NoticeViews.Report report) {
        return notices.subscribe(currentUser.userId(), report);
    }
}
