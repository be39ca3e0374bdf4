package cn.jiuweihai.silver.seeker;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What bureau staff see of registrations: masked in lists, in full only by a recorded read. */
public final class StaffSeekerViews {

    private StaffSeekerViews() {
    }

    /** A registration in the talent pool, ID and phone numbers masked. */
    @Schema(name = "TalentPoolEntry")
    public record Summary(
            @Schema(description = "求职者编号", required = true, examples = "12") long id,
            @Schema(description = "姓名", required = true, examples = "王秀兰") String realName,
            @Schema(description = "身份证号码（已遮挡）", required = true, examples = "3710**********002X") String idNumber,
            @Schema(description = "手机号码（已遮挡）", required = true, examples = "138****5678") String phone,
            @Schema(description = "性别：MALE 男，FEMALE 女", required = true) Sex sex,
            @Schema(description = "周岁年龄", required = true, examples = "61") int age,
            @Schema(description = "年龄段：UNDER_50 50岁以下，FROM_50_TO_54 50至54岁，FROM_55_TO_59 55至59岁，"
                    + "FROM_60_TO_64 60至64岁，FROM_65_TO_69 65至69岁，FROM_70 70岁及以上", required = true)
            AgeBand ageBand,
            @Schema(description = "居住的区市代码", required = true, examples = "371002") String districtCode,
            @Schema(description = "居住的区市名称", required = true, examples = "环翠区") String districtName,
            @Schema(description = "街道/社区") String street,
            @Schema(description = "从事过的工种", required = true, examples = "[\"养老护理员\"]") List<String> occupations,
            @Schema(description = "接受的用工形式", required = true)
            Set<cn.jiuweihai.silver.job.JobEnums.EmploymentForm> employmentForms,
            @Schema(description = "是否离退休专业技术人员", required = true) boolean retiredProfessional,
            @Schema(description = "申报的重点群体（敏感，仅工作人员可见）", required = true)
            Set<SeekerEnums.PriorityGroup> priorityGroups,
            @Schema(description = "登记方式", required = true) SeekerEnums.Channel channel,
            @Schema(description = "登记时间", required = true) Instant createdAt) {
    }

    /** A registration in full, read by staff for a stated reason that is recorded. */
    @Schema(name = "SeekerFullRecord")
    public record FullRecord(
            @Schema(description = "完整登记信息", required = true) SeekerProfile profile,
            @Schema(description = "登记方式与同意记录", required = true) SeekerExport.Consents consents,
            @Schema(description = "工作人员查看记录（含本次），最新的在前", required = true)
            List<SeekerExport.AccessRecord> staffReads) {

        @Override
        public String toString() {
            return "SeekerFullRecord[id=" + profile.id() + "]";
        }
    }

    /** Registered seekers per district, each split by age band. */
    @Schema(name = "TalentPoolStatistics")
    public record Statistics(
            @Schema(description = "在册人数", required = true, examples = "1280") long total,
            @Schema(description = "各年龄段人数", required = true) List<BandCount> byAgeBand,
            @Schema(description = "各区市人数及其年龄段分布", required = true) List<DistrictCount> byDistrict) {
    }

    /** How many seekers are in an age band. */
    @Schema(name = "AgeBandCount")
    public record BandCount(
            @Schema(description = "年龄段", required = true) AgeBand ageBand,
            @Schema(description = "年龄段的中文", required = true, examples = "60至64岁") String label,
            @Schema(description = "人数", required = true, examples = "210") long count) {
    }

    /** How many seekers live in a district, by age band. */
    @Schema(name = "DistrictCount")
    public record DistrictCount(
            @Schema(description = "区市代码", required = true, examples = "371002") String districtCode,
            @Schema(description = "区市名称", required = true, examples = "环翠区") String districtName,
            @Schema(description = "人数", required = true, examples = "420") long count,
            @Schema(description = "各年龄段人数", required = true) List<BandCount> byAgeBand) {
    }
}
