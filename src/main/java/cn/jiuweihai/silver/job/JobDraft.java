package cn.jiuweihai.silver.job;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job as the employer's clerk writes it. Rules across fields are checked by the service. */
@Schema(name = "JobDraft")
public record JobDraft(
        @Schema(description = "岗位名称", required = true, examples = "社区助老员")
        @NotBlank(message = "请填写岗位名称") @Size(max = 60, message = "岗位名称最多60个字")
        @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "岗位名称中有无法识别的字符")
        String title,
        @Schema(description = "工种编号（见 /occupations），可不填", examples = "1")
        Integer occupationId,
        @Schema(description = "岗位类别", required = true)
        @NotNull(message = "请选择岗位类别")
        JobEnums.Category category,
        @Schema(description = "工作内容与要求", required = true, examples = "陪伴社区独居老人聊天、读报，协助就餐。")
        @NotBlank(message = "请填写工作内容") @Size(max = 2000, message = "工作内容最多2000个字")
        String description,
        @Schema(description = "工作地点所在区市代码", required = true, examples = "371002")
        @NotBlank(message = "请选择工作地点所在区市")
        String districtCode,
        @Schema(description = "工作地点", required = true, examples = "环翠区竹岛街道 海港社区服务中心")
        @NotBlank(message = "请填写工作地点") @Size(max = 200, message = "工作地点最多200个字")
        String address,
        @Schema(description = "工作地点纬度（GCJ-02），与经度一同填写", examples = "37.5131")
        @DecimalMin(value = "36.5", message = "纬度应在威海市范围内")
        @DecimalMax(value = "37.7", message = "纬度应在威海市范围内")
        BigDecimal latitude,
        @Schema(description = "工作地点经度（GCJ-02）", examples = "122.1204")
        @DecimalMin(value = "121.0", message = "经度应在威海市范围内")
        @DecimalMax(value = "122.8", message = "经度应在威海市范围内")
        BigDecimal longitude,
        @Schema(description = "最低薪酬（整数元）", required = true, examples = "2800")
        @NotNull(message = "请填写最低薪酬") @Min(value = 1, message = "薪酬应大于0")
        @Max(value = 100000, message = "薪酬数额过大，请核对")
        Integer payMin,
        @Schema(description = "最高薪酬（整数元），不低于最低薪酬", required = true, examples = "3500")
        @NotNull(message = "请填写最高薪酬") @Min(value = 1, message = "薪酬应大于0")
        @Max(value = 100000, message = "薪酬数额过大，请核对")
        Integer payMax,
        @Schema(description = "薪酬单位", required = true)
        @NotNull(message = "请选择薪酬单位")
        JobEnums.PayUnit payUnit,
        @Schema(description = "用工形式", required = true)
        @NotNull(message = "请选择用工形式")
        JobEnums.EmploymentForm employmentForm,
        @Schema(description = "工作时间安排", required = true, examples = "周一至周五 8:30-11:30")
        @NotBlank(message = "请填写工作时间") @Size(max = 100, message = "工作时间最多100个字")
        String schedule,
        @Schema(description = "招聘人数", required = true, examples = "3")
        @NotNull(message = "请填写招聘人数") @Min(value = 1, message = "招聘人数至少1人")
        @Max(value = 999, message = "招聘人数最多999人")
        Integer headcount,
        @Schema(description = "最低年龄，可不填", examples = "50")
        @Min(value = 16, message = "年龄下限不能低于16岁") @Max(value = 80, message = "年龄下限不能高于80岁")
        Integer ageMin,
        @Schema(description = "最高年龄，可不填", examples = "68")
        @Min(value = 16, message = "年龄上限不能低于16岁") @Max(value = 85, message = "年龄上限不能高于85岁")
        Integer ageMax,
        @Schema(description = "体力要求", required = true)
        @NotNull(message = "请选择体力要求")
        JobEnums.PhysicalDemand physicalDemand,
        @Schema(description = "适老化特点，可多选")
        Set<JobEnums.Feature> features,
        @Schema(description = "为超龄劳动者提供的保障", required = true)
        @NotNull(message = "请选择为超龄劳动者提供的保障")
        JobEnums.Protection protection,
        @Schema(description = "所属专区，至少一个", required = true)
        @NotEmpty(message = "请至少选择一个专区")
        Set<JobEnums.Zone> zones,
        @Schema(description = "有效期至（yyyy-MM-dd），须晚于今天且不超过一年", required = true, examples = "2027-03-31")
        @NotNull(message = "请填写有效期")
        LocalDate validUntil) {
}
