package cn.jiuweihai.silver.seeker;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything held about a seeker, for the seeker to download (个人信息查阅、复制). */
@Schema(name = "SeekerDataExport")
public record SeekerExport(
        @Schema(description = "导出时间", required = true) Instant exportedAt,
        @Schema(description = "登记信息（完整）", required = true) SeekerProfile profile,
        @Schema(description = "登记方式与同意记录", required = true) Consents consents,
        @Schema(description = "全部投递及每次状态变化", required = true) List<ApplicationRecord> applications,
        @Schema(description = "人社部门工作人员查看本人完整信息的记录", required = true) List<AccessRecord> staffReads) {

    /** How the registration came in and what the person agreed to, when. */
    @Schema(name = "SeekerConsents")
    public record Consents(
            @Schema(description = "登记方式", required = true) SeekerEnums.Channel channel,
            @Schema(description = "协助登记的工作人员编号") Long assistedByStaffId,
            @Schema(description = "协助登记时本人同意的方式") SeekerEnums.ConsentMethod consentMethod,
            @Schema(description = "同意情况说明") String consentNote,
            @Schema(description = "同意的隐私政策版本", required = true) String privacyVersion,
            @Schema(description = "同意隐私政策的时间", required = true) Instant privacyAcceptedAt,
            @Schema(description = "同意申报重点群体的时间") Instant priorityConsentAt) {

        static Consents of(Seeker seeker) {
            return new Consents(seeker.channel, seeker.assistedBy, seeker.consentMethod, seeker.consentNote,
                    seeker.privacyVersion, seeker.privacyAcceptedAt, seeker.priorityConsentAt);
        }
    }

    /** One application with its history. */
    @Schema(name = "ExportedApplication")
    public record ApplicationRecord(
            @Schema(description = "投递编号", required = true) long id,
            @Schema(description = "岗位编号", required = true) long jobId,
            @Schema(description = "岗位名称", required = true) String jobTitle,
            @Schema(description = "单位名称", required = true) String employerName,
            @Schema(description = "当前状态（同“我的投递”）", required = true, examples = "INTERVIEW") String status,
            @Schema(description = "投递时间", required = true) Instant createdAt,
            @Schema(description = "最近变化时间", required = true) Instant updatedAt,
            @Schema(description = "状态变化记录，先发生的在前", required = true) List<Move> history) {
    }

    /** One move of an application. */
    @Schema(name = "ExportedApplicationMove")
    public record Move(
            @Schema(description = "原状态；投递时为空") String fromStatus,
            @Schema(description = "新状态", required = true) String toStatus,
            @Schema(description = "时间", required = true) Instant at) {
    }

    /** One read of the full registration by bureau staff. */
    @Schema(name = "SeekerAccessRecord")
    public record AccessRecord(
            @Schema(description = "工作人员编号", required = true, examples = "3") long staffId,
            @Schema(description = "查看原因", required = true, examples = "核实就业困难认定材料") String reason,
            @Schema(description = "查看时间", required = true) Instant accessedAt) {
    }

    @Override
    public String toString() {
        return "SeekerExport[seekerId=" + profile.id() + "]";
    }
}
