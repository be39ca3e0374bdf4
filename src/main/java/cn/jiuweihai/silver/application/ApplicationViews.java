package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.seeker.Applicant;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the application pipeline. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    /** A seeker applies to a job in one step. */
    @Schema(name = "ApplicationRequest")
    record Apply(
            @Schema(description = "岗位编号", required = true, examples = "101")
            @NotNull(message = "请选择要投递的岗位")
            Long jobId) {
    }

    /** An employer moves an application along the pipeline. */
    @Schema(name = "ApplicationStatusChange")
    record StatusChange(
            @Schema(description = "新状态：VIEWED 已查看，INTERVIEW 邀请面试（已在面试的可改时间地点），HIRED 录用，"
                    + "REJECTED 不合适", required = true,
                    enumeration = {"VIEWED", "INTERVIEW", "HIRED", "REJECTED"})
            @NotNull(message = "请选择新的状态")
            ApplicationStatus status,
            @Schema(description = "给求职者的留言", examples = "请带上身份证和健康证")
            @Size(max = 500, message = "留言最多500个字")
            String note,
            @Schema(description = "面试时间（邀请面试时必填，ISO-8601 带时区）", examples = "2026-12-10T09:30:00+08:00")
            @Future(message = "面试时间应在现在之后")
            Instant interviewAt,
            @Schema(description = "面试地点（邀请面试时必填）", examples = "环翠区文化西路 88 号 一楼接待室")
            @Size(max = 200, message = "面试地点最多200个字")
            String interviewPlace) {
    }

    /** An application as the seeker sees it. */
    @Schema(name = "MyApplication")
    record ForSeeker(
            @Schema(description = "投递编号", required = true, examples = "55") long id,
            @Schema(description = "岗位编号", required = true, examples = "101") long jobId,
            @Schema(description = "岗位名称", required = true) String jobTitle,
            @Schema(description = "单位名称", required = true) String employerName,
            @Schema(description = "状态", required = true) ApplicationStatus status,
            @Schema(description = "状态的中文", required = true, examples = "邀请面试") String statusText,
            @Schema(description = "面试时间") Instant interviewAt,
            @Schema(description = "面试地点") String interviewPlace,
            @Schema(description = "单位留言") String employerNote,
            @Schema(description = "单位联系人（撤回后不再显示）", examples = "李经理") String employerContactName,
            @Schema(description = "单位联系电话，可一键拨打（撤回后不再显示）", examples = "13963112233")
            String employerPhone,
            @Schema(description = "投递时间", required = true) Instant createdAt,
            @Schema(description = "最近变化时间", required = true) Instant updatedAt) {

        @Override
        public String toString() {
            return "MyApplication[id=" + id + "]";
        }
    }

    /** An application as the employer sees it, with the applicant's contact for a one-tap call. */
    @Schema(name = "ReceivedApplication")
    record ForEmployer(
            @Schema(description = "投递编号", required = true, examples = "55") long id,
            @Schema(description = "岗位编号", required = true, examples = "101") long jobId,
            @Schema(description = "岗位名称", required = true) String jobTitle,
            @Schema(description = "状态", required = true) ApplicationStatus status,
            @Schema(description = "状态的中文", required = true) String statusText,
            @Schema(description = "面试时间") Instant interviewAt,
            @Schema(description = "面试地点") String interviewPlace,
            @Schema(description = "给求职者的留言") String employerNote,
            @Schema(description = "投递时间", required = true) Instant createdAt,
            @Schema(description = "最近变化时间", required = true) Instant updatedAt,
            @Schema(description = "求职者", required = true) Applicant applicant) {
    }
}
