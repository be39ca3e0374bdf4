package cn.jiuweihai.silver.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the notice list and of WeChat subscriptions. */
final class NoticeViews {

    private NoticeViews() {
    }

    /** One notice as its reader sees it. */
    @Schema(name = "Notice")
    record Item(
            @Schema(description = "消息编号", required = true, examples = "301") long id,
            @Schema(description = "消息类型", required = true) NoticeKind kind,
            @Schema(description = "标题", required = true, examples = "单位邀请您面试") String title,
            @Schema(description = "内容", required = true, examples = "社区助老员：12月10日 09:30，一楼接待室")
            String body,
            @Schema(description = "关于什么：APPLICATION 投递，INVITATION 邀约", required = true,
                    examples = "APPLICATION") String refType,
            @Schema(description = "投递或邀约的编号", required = true, examples = "55") long refId,
            @Schema(description = "是否已读", required = true) boolean read,
            @Schema(description = "时间", required = true) Instant createdAt,
            @Schema(description = "阅读时间") Instant readAt) {
    }

    /** How many notices are still unread (the red dot). */
    @Schema(name = "UnreadNotices")
    record Unread(@Schema(description = "未读条数", required = true, examples = "3") long unread) {
    }

    /** A subscribe-message template the mini-program may ask the user to allow. */
    @Schema(name = "NoticeTemplate")
    record Template(
            @Schema(description = "模板用途", required = true, examples = "application-progress") String key,
            @Schema(description = "微信订阅消息模板 ID，传给 wx.requestSubscribeMessage", required = true)
            String templateId) {
    }

    /** What wx.requestSubscribeMessage answered, passed on as it is. */
    @Schema(name = "SubscriptionReport")
    record Report(
            @Schema(description = "模板 ID 到用户选择（accept、reject、ban、filter）", required = true,
                    examples = "{\"tmpl-progress-01\": \"accept\"}")
            @NotNull(message = "请提交订阅结果")
            @Size(max = 20, message = "一次最多提交20个模板")
            Map<String, String> results) {
    }

    /** The templates that gained a send. */
    @Schema(name = "SubscriptionResult")
    record Granted(
            @Schema(description = "本次同意的模板用途", required = true) List<String> granted) {
    }
}
