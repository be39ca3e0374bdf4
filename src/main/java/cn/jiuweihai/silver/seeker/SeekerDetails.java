package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.job.JobEnums;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The part of a registration that describes the person's experience and wishes. The same shape
 * is sent and received; every part is optional, and a PUT replaces all of it.
 */
@Schema(name = "SeekerDetails", description = "工作经历与求职意向（均可不填）")
public record SeekerDetails(
        @Schema(description = "从事过的工种及年限，最多10项")
        @Size(max = 10, message = "工种最多填10项")
        List<@NotNull(message = "列表中有空白项") @Valid Experience> occupations,
        @Schema(description = "想做的岗位类别：ELDERLY_CARE 养老护理，HOUSEKEEPING 家政服务，HEALTH_CARE 康养照护，"
                + "CLEANING_GREENING 保洁绿化，SECURITY_GATE 安保门卫，CATERING 餐饮服务，RETAIL 商超零售，"
                + "LOGISTICS 仓储物流，PROPERTY 物业服务，CULTURE_TOURISM 文化旅游，AGRICULTURE_FISHERY 农业渔业，"
                + "MANUFACTURING 加工制造，COMMUNITY_SERVICE 社区服务，CONSULTING 技术顾问返聘，OTHER 其他")
        Set<JobEnums.@NotNull(message = "列表中有空白项") Category> desiredCategories,
        @Schema(description = "接受的用工形式：FULL_TIME 全职，PART_TIME 兼职，FLEXIBLE 灵活用工，SEASONAL 季节性，"
                + "REHIRE 返聘/顾问")
        Set<JobEnums.@NotNull(message = "列表中有空白项") EmploymentForm> employmentForms,
        @Schema(description = "可以工作的时间：WEEKDAYS 工作日，WEEKENDS 周末，MORNINGS 上午，AFTERNOONS 下午，"
                + "EVENINGS 晚上，ANY_TIME 时间不限")
        Set<SeekerEnums.@NotNull(message = "列表中有空白项") ScheduleSlot> schedule,
        @Schema(description = "体力自评：LOW 轻体力活，MEDIUM 中等体力活，HIGH 重体力活也可以")
        SeekerEnums.PhysicalCapacity physicalCapacity,
        @Schema(description = "期望报酬") @Valid
        ExpectedPay expectedPay,
        @Schema(description = "最远愿意去多远工作（公里）", examples = "5", minimum = "1", maximum = "200")
        @Min(value = 1, message = "距离至少1公里") @Max(value = 200, message = "距离最多200公里")
        Integer maxTravelKm,
        @Schema(description = "家的大致位置（GCJ-02，wx.getLocation 所得），用于推荐附近岗位") @Valid
        Location homeLocation,
        @Schema(description = "离退休专业技术人员信息；不是则不填") @Valid
        RetiredProfessional retiredProfessional) {

    /** An occupation and how many years the person worked in it. */
    @Schema(name = "SeekerExperience")
    public record Experience(
            @Schema(description = "工种编号（见 /occupations）", required = true, examples = "1")
            @NotNull(message = "请选择工种")
            Integer occupationId,
            @Schema(description = "工种名称（只读）", readOnly = true, examples = "养老护理员")
            String occupationName,
            @Schema(description = "从业年限", required = true, examples = "8", minimum = "0", maximum = "70")
            @NotNull(message = "请填写从业年限") @Min(value = 0, message = "年限不能小于0")
            @Max(value = 70, message = "年限最多70年")
            Integer years) {
    }

    /** What the person hopes to earn, in whole yuan per unit. */
    @Schema(name = "SeekerExpectedPay")
    public record ExpectedPay(
            @Schema(description = "金额（元，整数）", required = true, examples = "2500")
            @NotNull(message = "请填写期望报酬") @Min(value = 0, message = "报酬不能小于0")
            @Max(value = 1_000_000, message = "报酬数额过大")
            Integer amount,
            @Schema(description = "单位：MONTH 元/月，DAY 元/天，HOUR 元/小时，PIECE 元/件", required = true)
            @NotNull(message = "请选择报酬单位")
            JobEnums.PayUnit unit) {
    }

    /** A point in GCJ-02 coordinates, within mainland China. */
    @Schema(name = "GeoPoint")
    public record Location(
            @Schema(description = "纬度（GCJ-02）", required = true, examples = "37.5133")
            @NotNull(message = "缺少纬度") @DecimalMin(value = "18", message = "位置不在国内")
            @DecimalMax(value = "54", message = "位置不在国内")
            BigDecimal latitude,
            @Schema(description = "经度（GCJ-02）", required = true, examples = "122.1204")
            @NotNull(message = "缺少经度") @DecimalMin(value = "73", message = "位置不在国内")
            @DecimalMax(value = "136", message = "位置不在国内")
            BigDecimal longitude) {
    }

    /** Retired professional (离退休专业技术人员) details. */
    @Schema(name = "RetiredProfessional")
    public record RetiredProfessional(
            @Schema(description = "退休前的专业或岗位", required = true, examples = "机械设计")
            @NotNull(message = "请填写退休前的专业") @Size(min = 1, max = 64, message = "专业最多64个字")
            @Pattern(regexp = SeekerRequests.NAME_PATTERN, message = "专业中有无法识别的字符")
            String formerProfession,
            @Schema(description = "职称级别：NONE 无职称，JUNIOR 初级，INTERMEDIATE 中级，DEPUTY_SENIOR 副高级，"
                    + "SENIOR 正高级", required = true)
            @NotNull(message = "请选择职称级别")
            SeekerEnums.TitleLevel titleLevel,
            @Schema(description = "职称名称", examples = "高级工程师")
            @Size(max = 32, message = "职称名称最多32个字")
            @Pattern(regexp = SeekerRequests.NAME_PATTERN, message = "职称名称中有无法识别的字符")
            String titleName) {
    }

    /** Nothing filled in yet. */
    public static SeekerDetails empty() {
        return new SeekerDetails(List.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null);
    }
}
