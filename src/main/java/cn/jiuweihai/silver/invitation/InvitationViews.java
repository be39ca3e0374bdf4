package cn.jiuweihai.silver.invitation;

import cn.jiuweihai.silver.matching.CandidateCard;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of invitations. */
final class InvitationViews {

    private InvitationViews() {
    }

    /** An employer invites a seeker to one of its jobs. */
    @Schema(name = "InvitationRequest")
    record Invite(
            @Schema(description = "岗位编号（本单位正在招聘的岗位）", required = true, examples = "101")
            @NotNull(message = "请选择岗位")
            Long jobId,
            @Schema(description = "求职者编号（来自人才推荐）", required = true, examples = "12")
            @NotNull(message = "请选择要邀请的求职者")
            Long seekerId,
            @Schema(description = "给求职者的话", examples = "您好，我们社区需要一位助老员，离您家很近，欢迎来聊聊")
            @Size(max = 200, message = "邀约留言最多200个字")
            String message,
            @Schema(description = "面试时间（可选，ISO-8601 带时区）", examples = "2026-12-10T09:30:00+08:00")
            @Future(message = "面试时间应在现在之后")
            Instant interviewAt,
            @Schema(description = "面试地点（可选）", examples = "海港社区服务中心 二楼")
            @Size(max = 200, message = "面试地点最多200个字")
            String interviewPlace) {
    }

    /** An invitation as the seeker sees it. */
    @Schema(name = "MyInvitation")
    record Received(
            @Schema(description = "邀约编号", required = true, examples = "7") long id,
            @Schema(description = "岗位编号", required = true, examples = "101") long jobId,
            @Schema(description = "岗位名称", required = true, examples = "社区助老员") String jobTitle,
            @Schema(description = "单位名称", required = true, examples = "威海颐养之家") String employerName,
            @Schema(description = "状态", required = true) InvitationStatus status,
            @Schema(description = "状态的中文", required = true, examples = "待回复") String statusText,
            @Schema(description = "单位留言") String message,
            @Schema(description = "面试时间") Instant interviewAt,
            @Schema(description = "面试地点") String interviewPlace,
            @Schema(description = "邀约时间", required = true) Instant createdAt,
            @Schema(description = "回复截止时间", required = true) Instant expiresAt,
            @Schema(description = "回复时间") Instant respondedAt,
            @Schema(description = "接受后生成的投递编号") Long applicationId) {
    }

    /** An invitation as the employer sees it: the candidate's card, no contact until accepted. */
    @Schema(name = "SentInvitation")
    record Sent(
            @Schema(description = "邀约编号", required = true, examples = "7") long id,
            @Schema(description = "岗位编号", required = true, examples = "101") long jobId,
            @Schema(description = "岗位名称", required = true, examples = "社区助老员") String jobTitle,
            @Schema(description = "状态", required = true) InvitationStatus status,
            @Schema(description = "状态的中文", required = true, examples = "待回复") String statusText,
            @Schema(description = "给求职者的话") String message,
            @Schema(description = "邀约时间", required = true) Instant createdAt,
            @Schema(description = "回复截止时间", required = true) Instant expiresAt,
            @Schema(description = "回复时间") Instant respondedAt,
            @Schema(description = "接受后生成的投递编号，在“收到的投递”里可看到姓名和电话") Long applicationId,
            @Schema(description = "求职者（接受前只显示称呼、年龄段、区市和技能）", required = true)
            CandidateCard candidate) {
    }
}
