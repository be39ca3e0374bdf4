package cn.jiuweihai.silver.seeker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a seeker, or staff on a seeker's behalf, submits to register and to update a registration. */
public final class SeekerRequests {

    static final String NAME_PATTERN = SeekerFields.TEXT_PATTERN;
    static final String PHONE_CODE_PATTERN = "^[0-9A-Za-z_\\-]*$";

    private SeekerRequests() {
    }

    /** Self-service registration (自主登记). */
    @Schema(name = "SeekerRegistration")
    public record Registration(
            @Schema(description = "真实姓名", required = true, examples = "王秀兰")
            @SeekerFields.RealName
            String realName,
            @Schema(description = "居民身份证号码；可含空格、全角字符或小写x，15位旧号码会自动转换",
                    required = true, examples = "37100219650315002X")
            @SeekerFields.IdNumberText
            String idNumber,
            @Schema(description = "手机号码；可含空格、全角数字或 +86。与 phoneCode 二选一", examples = "138 1234 5678")
            @Size(max = 24, message = "手机号码格式不正确")
            String phone,
            @Schema(description = "“获取手机号”按钮（getPhoneNumber）返回的 code；与 phone 二选一，优先使用",
                    examples = "e31968a7f94cc5ee25fafc2aef2773f0bb8c3937b22520eb8ee345274d00c144")
            @Size(max = 128, message = "手机号授权凭证格式不正确")
            @Pattern(regexp = PHONE_CODE_PATTERN, message = "手机号授权凭证格式不正确")
            String phoneCode,
            @Schema(description = "居住的区市代码（见 /districts）", required = true, examples = "371002")
            @NotBlank(message = "请选择居住的区市")
            String districtCode,
            @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区")
            @SeekerFields.Street
            String street,
            @Schema(description = "已阅读并同意的隐私政策版本（见 /seekers/privacy-notice）", required = true,
                    examples = "2026-12")
            @NotBlank(message = "请先阅读并同意隐私政策")
            String privacyVersion,
            @Schema(description = "工作经历与求职意向，可以以后再填") @Valid
            SeekerDetails details) {

        @Override
        public String toString() {
            return "SeekerRegistration[redacted]";
        }
    }

    /** What the seeker may change; the ID number cannot change once registered. */
    @Schema(name = "SeekerUpdate")
    public record Update(
            @Schema(description = "真实姓名", required = true, examples = "王秀兰")
            @SeekerFields.RealName
            String realName,
            @Schema(description = "手机号码；与 phoneCode 二选一", examples = "13812345678")
            @Size(max = 24, message = "手机号码格式不正确")
            String phone,
            @Schema(description = "“获取手机号”按钮返回的 code；与 phone 二选一，优先使用")
            @Size(max = 128, message = "手机号授权凭证格式不正确")
            @Pattern(regexp = PHONE_CODE_PATTERN, message = "手机号授权凭证格式不正确")
            String phoneCode,
            @Schema(description = "居住的区市代码", required = true, examples = "371002")
            @NotBlank(message = "请选择居住的区市")
            String districtCode,
            @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区")
            @SeekerFields.Street
            String street,
            @Schema(description = "工作经历与求职意向；整体替换，不填则清空") @Valid
            SeekerDetails details) {

        @Override
        public String toString() {
            return "SeekerUpdate[redacted]";
        }
    }

    /** A priority-group declaration, which needs its own consent. */
    @Schema(name = "PriorityGroupDeclaration")
    public record PriorityDeclaration(
            @Schema(description = "所属的重点群体（可多选；空数组表示撤回申报）：POVERTY_ALLEVIATED 脱贫享受政策人口，"
                    + "LOW_INCOME 低收入人口，DISABLED 残疾人", required = true)
            @NotNull(message = "请选择重点群体，或提交空列表撤回")
            Set<SeekerEnums.PriorityGroup> groups,
            @Schema(description = "本人同意人社部门为提供重点帮扶而处理这项敏感信息（申报时须为 true）", required = true)
            @NotNull(message = "请确认是否同意")
            Boolean consent) {
    }

    /** Registration by bureau staff on a person's behalf (协助登记), with that person's consent. */
    @Schema(name = "AssistedRegistration")
    public record Assisted(
            @Schema(description = "真实姓名", required = true, examples = "王秀兰")
            @SeekerFields.RealName
            String realName,
            @Schema(description = "居民身份证号码；可含空格、全角字符或小写x，15位旧号码会自动转换",
                    required = true, examples = "37100219650315002X")
            @SeekerFields.IdNumberText
            String idNumber,
            @Schema(description = "手机号码；可含空格、全角数字或 +86", required = true, examples = "138 1234 5678")
            @NotBlank(message = "请填写手机号码") @Size(max = 24, message = "手机号码格式不正确")
            String phone,
            @Schema(description = "居住的区市代码", required = true, examples = "371002")
            @NotBlank(message = "请选择居住的区市")
            String districtCode,
            @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区")
            @SeekerFields.Street
            String street,
            @Schema(description = "向本人告知并经其同意的隐私政策版本", required = true, examples = "2026-12")
            @NotBlank(message = "请先向本人告知隐私政策并取得同意")
            String privacyVersion,
            @Schema(description = "本人同意的方式：SIGNED_FORM 本人签字的纸质登记表，IN_PERSON 本人当面同意，"
                    + "GUARDIAN 监护人或家属代为同意（有授权）", required = true)
            @NotNull(message = "请选择本人同意的方式")
            SeekerEnums.ConsentMethod consentMethod,
            @Schema(description = "同意情况的说明，例如纸质表编号", examples = "西门社区2026年第12号登记表")
            @Size(max = 200, message = "说明最多200个字")
            @Pattern(regexp = NAME_PATTERN, message = "说明中有无法识别的字符")
            String consentNote,
            @Schema(description = "工作经历与求职意向") @Valid
            SeekerDetails details,
            @Schema(description = "重点群体申报（须另行取得本人同意）") @Valid
            PriorityDeclaration priority) {

        @Override
        public String toString() {
            return "AssistedRegistration[redacted]";
        }
    }
}
