package cn.jiuweihai.silver.seeker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seeker's own registration, shown in full only to the seeker. */
@Schema(name = "SeekerProfile")
public record SeekerProfile(
        @Schema(description = "求职者编号", required = true, examples = "12") long id,
        @Schema(description = "真实姓名", required = true, examples = "王秀兰") String realName,
        @Schema(description = "身份证号码（仅本人可见完整号码）", required = true, examples = "37100219650315002X")
        String idNumber,
        @Schema(description = "手机号码（仅本人可见完整号码）", required = true, examples = "13812345678") String phone,
        @Schema(description = "手机号来源：WECHAT 微信授权，MANUAL 手工填写", required = true)
        SeekerEnums.PhoneSource phoneSource,
        @Schema(description = "出生日期（来自身份证号码）", required = true, examples = "1965-03-15") LocalDate birthDate,
        @Schema(description = "性别（来自身份证号码）：MALE 男，FEMALE 女", required = true) Sex sex,
        @Schema(description = "周岁年龄", required = true, examples = "61") int age,
        @Schema(description = "居住的区市代码", required = true, examples = "371002") String districtCode,
        @Schema(description = "居住的区市名称", required = true, examples = "环翠区") String districtName,
        @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区") String street,
        @Schema(description = "工作经历与求职意向", required = true) SeekerDetails details,
        @Schema(description = "本人申报的重点群体（仅本人和人社部门工作人员可见）", required = true)
        Set<SeekerEnums.PriorityGroup> priorityGroups,
        @Schema(description = "同意申报重点群体的时间") Instant priorityConsentAt,
        @Schema(description = "登记方式：SELF 本人登记，ASSISTED 工作人员协助登记，BULK_UPLOAD 社区纸质登记批量导入",
                required = true)
        SeekerEnums.Channel channel,
        @Schema(description = "同意的隐私政策版本", required = true, examples = "2026-12") String privacyVersion,
        @Schema(description = "同意隐私政策的时间", required = true) Instant privacyAcceptedAt,
        @Schema(description = "登记时间", required = true) Instant createdAt,
        @Schema(description = "最近修改时间", required = true) Instant updatedAt) {

    @Override
    public String toString() {
        return "SeekerProfile[id=" + id + "]";
    }
}
