package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.employer.SilverSegment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How jobs are shown: a summary in lists, the full detail on its own page. */
public final class JobViews {

    private JobViews() {
    }

    /** One row of a job list. */
    @Schema(name = "JobSummary")
    public record Summary(
            @Schema(description = "岗位编号", required = true, examples = "101") long id,
            @Schema(description = "岗位名称", required = true, examples = "社区助老员") String title,
            @Schema(description = "单位编号", required = true, examples = "3") long employerId,
            @Schema(description = "单位名称", required = true) String employerName,
            @Schema(description = "单位是否获评优质适老就业企业", required = true) boolean employerAgeFriendly,
            @Schema(description = "岗位类别", required = true) JobEnums.Category category,
            @Schema(description = "工作地点所在区市代码", required = true, examples = "371002") String districtCode,
            @Schema(description = "工作地点所在区市", required = true, examples = "环翠区") String districtName,
            @Schema(description = "最低薪酬（元）", required = true, examples = "2800") int payMin,
            @Schema(description = "最高薪酬（元）", required = true, examples = "3500") int payMax,
            @Schema(description = "薪酬单位", required = true) JobEnums.PayUnit payUnit,
            @Schema(description = "薪酬的中文写法", required = true, examples = "2800-3500元/月") String payText,
            @Schema(description = "用工形式", required = true) JobEnums.EmploymentForm employmentForm,
            @Schema(description = "体力要求", required = true) JobEnums.PhysicalDemand physicalDemand,
            @Schema(description = "适老化特点", required = true) Set<JobEnums.Feature> features,
            @Schema(description = "所属专区", required = true) Set<JobEnums.Zone> zones,
            @Schema(description = "状态：DRAFT 草稿，PENDING_REVIEW 待审核，PUBLISHED 招聘中，CLOSED 已结束，"
                    + "REJECTED 被驳回", required = true) JobEnums.Status status,
            @Schema(description = "发布时间") Instant publishedAt,
            @Schema(description = "有效期至", required = true, examples = "2027-03-31") LocalDate validUntil,
            @Schema(description = "与搜索位置的距离（米），仅在按位置搜索时给出", examples = "1200")
            Integer distanceMeters) {
    }

    /** The public face of the employer on a job page. */
    @Schema(name = "JobEmployer")
    public record EmployerCard(
            @Schema(description = "单位编号", required = true) long id,
            @Schema(description = "单位名称", required = true) String name,
            @Schema(description = "是否已通过人社部门认证", required = true) boolean verified,
            @Schema(description = "是否获评优质适老就业企业", required = true) boolean ageFriendly,
            @Schema(description = "是否银发经济企业", required = true) boolean silverEconomy,
            @Schema(description = "银发经济细分领域") SilverSegment silverSegment,
            @Schema(description = "单位所在区市", required = true) String districtName) {
    }

    /** Everything a seeker needs to decide whether to apply; review fields only for the employer and staff. */
    @Schema(name = "JobDetail")
    public record Detail(
            @Schema(description = "岗位编号", required = true, examples = "101") long id,
            @Schema(description = "岗位名称", required = true, examples = "社区助老员") String title,
            @Schema(description = "用人单位", required = true) EmployerCard employer,
            @Schema(description = "工种编号") Integer occupationId,
            @Schema(description = "工种名称", examples = "养老护理员") String occupationName,
            @Schema(description = "岗位类别", required = true) JobEnums.Category category,
            @Schema(description = "工作内容与要求", required = true) String description,
            @Schema(description = "工作地点所在区市代码", required = true) String districtCode,
            @Schema(description = "工作地点所在区市", required = true) String districtName,
            @Schema(description = "工作地点", required = true) String address,
            @Schema(description = "纬度（GCJ-02）") BigDecimal latitude,
            @Schema(description = "经度（GCJ-02）") BigDecimal longitude,
            @Schema(description = "最低薪酬（元）", required = true) int payMin,
            @Schema(description = "最高薪酬（元）", required = true) int payMax,
            @Schema(description = "薪酬单位", required = true) JobEnums.PayUnit payUnit,
            @Schema(description = "薪酬的中文写法", required = true, examples = "120-150元/天") String payText,
            @Schema(description = "折合月薪下限（元），计件薪酬没有", examples = "2610") Integer payMonthlyMin,
            @Schema(description = "用工形式", required = true) JobEnums.EmploymentForm employmentForm,
            @Schema(description = "工作时间安排", required = true) String schedule,
            @Schema(description = "招聘人数", required = true) int headcount,
            @Schema(description = "最低年龄") Integer ageMin,
            @Schema(description = "最高年龄") Integer ageMax,
            @Schema(description = "体力要求", required = true) JobEnums.PhysicalDemand physicalDemand,
            @Schema(description = "适老化特点", required = true) Set<JobEnums.Feature> features,
            @Schema(description = "适老化特点的中文", required = true, examples = "[\"坐姿工作\", \"无夜班\"]")
            List<String> featureLabels,
            @Schema(description = "为超龄劳动者提供的保障", required = true) JobEnums.Protection protection,
            @Schema(description = "所属专区", required = true) Set<JobEnums.Zone> zones,
            @Schema(description = "状态：DRAFT 草稿，PENDING_REVIEW 待审核，PUBLISHED 招聘中，CLOSED 已结束，"
                    + "REJECTED 被驳回", required = true) JobEnums.Status status,
            @Schema(description = "发布时间") Instant publishedAt,
            @Schema(description = "有效期至", required = true) LocalDate validUntil,
            @Schema(description = "最近修改时间", required = true) Instant updatedAt,
            @Schema(description = "等待审核的原因（仅单位和工作人员可见）") JobEnums.ReviewCause reviewCause,
            @Schema(description = "等待审核原因的中文（仅单位和工作人员可见）") String reviewCauseLabel,
            @Schema(description = "驳回原因（仅单位和工作人员可见）", examples = "工作内容中含有与招聘无关的推广信息")
            String reviewReason) {
    }
}
