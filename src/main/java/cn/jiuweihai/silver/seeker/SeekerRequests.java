package cn.jiuweihai.silver.seeker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a seeker submits to register and to update the registration. */
public final class SeekerRequests {

    static final String NAME_PATTERN = "[^\\p{Cntrl}<>]*";

    private SeekerRequests() {
    }

    /** Self-service registration (自主登记). */
    @Schema(name = "SeekerRegistration")
    public record Registration(
            @Schema(description = "真实姓名", required = true, examples = "王秀兰")
            @NotBlank(message = "请填写姓名") @Size(max = 32, message = "姓名最多32个字")
            @Pattern(regexp = NAME_PATTERN, message = "姓名中有无法识别的字符")
            String realName,
            @Schema(description = "居民身份证号码；可含空格、全角字符或小写x，15位旧号码会自动转换",
                    required = true, examples = "37100219650315002X")
            @NotBlank(message = "请填写身份证号码") @Size(max = 40, message = "身份证号码格式不正确")
            String idNumber,
            @Schema(description = "手机号码；可含空格、全角数字或 +86", required = true, examples = "138 1234 5678")
            @NotBlank(message = "请填写手机号码") @Size(max = 24, message = "手机号码格式不正确")
            String phone,
            @Schema(description = "居住的区市代码（见 /districts）", required = true, examples = "371002")
            @NotBlank(message = "请选择居住的区市")
            String districtCode,
            @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区")
            @Size(max = 64, message = "街道社区最多64个字")
            String street,
            @Schema(description = "已阅读并同意的隐私政策版本（见 /seekers/privacy-notice）", required = true,
                    examples = "2026-12")
            @NotBlank(message = "请先阅读并同意隐私政策")
            String privacyVersion) {

        @Override
        public String toString() {
            return "SeekerRegistration[redacted]";
        }
    }

    /** What the seeker may change; the ID number cannot change once registered. */
    @Schema(name = "SeekerUpdate")
    public record Update(
            @Schema(description = "真实姓名", required = true, examples = "王秀兰")
            @NotBlank(message = "请填写姓名") @Size(max = 32, message = "姓名最多32个字")
            @Pattern(regexp = NAME_PATTERN, message = "姓名中有无法识别的字符")
            String realName,
            @Schema(description = "手机号码", required = true, examples = "13812345678")
            @NotBlank(message = "请填写手机号码") @Size(max = 24, message = "手机号码格式不正确")
            String phone,
            @Schema(description = "居住的区市代码", required = true, examples = "371002")
            @NotBlank(message = "请选择居住的区市")
            String districtCode,
            @Schema(description = "街道/社区", examples = "环翠楼街道 西门社区")
            @Size(max = 64, message = "街道社区最多64个字")
            String street) {

        @Override
        public String toString() {
            return "SeekerUpdate[redacted]";
        }
    }
}
