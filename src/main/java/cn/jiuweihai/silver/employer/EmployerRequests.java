package cn.jiuweihai.silver.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What employers and staff submit. */
public final class EmployerRequests {

    private EmployerRequests() {
    }

    /** An employer's registration, made by the clerk who will act for it. */
    @Schema(name = "EmployerRegistration")
    public record Registration(
            @Schema(description = "单位名称（与营业执照一致）", required = true, examples = "威海市环翠区颐养之家养老服务中心")
            @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称最多100个字")
            String name,
            @Schema(description = "统一社会信用代码，18位", required = true, examples = "91371002MA3C0GXX0N")
            @NotBlank(message = "请填写统一社会信用代码") @Size(max = 40, message = "统一社会信用代码应为18位")
            String creditCode,
            @Schema(description = "单位类型", required = true)
            @NotNull(message = "请选择单位类型")
            EmployerType employerType,
            @Schema(description = "所属行业", required = true)
            @NotNull(message = "请选择所属行业")
            Industry industry,
            @Schema(description = "是否银发经济企业（养老、家政、康养、文旅等）", required = true)
            @NotNull(message = "请选择是否银发经济企业")
            Boolean silverEconomy,
            @Schema(description = "银发经济细分领域（银发经济企业必填）")
            SilverSegment silverSegment,
            @Schema(description = "所在区市代码", required = true, examples = "371002")
            @NotBlank(message = "请选择所在区市")
            String districtCode,
            @Schema(description = "详细地址", required = true, examples = "环翠区文化西路 88 号")
            @NotBlank(message = "请填写地址") @Size(max = 200, message = "地址最多200个字")
            String address,
            @Schema(description = "联系人", required = true, examples = "李经理")
            @NotBlank(message = "请填写联系人") @Size(max = 32, message = "联系人最多32个字")
            String contactName,
            @Schema(description = "联系人手机号码", required = true, examples = "13906301234")
            @NotBlank(message = "请填写联系电话") @Size(max = 24, message = "手机号码格式不正确")
            String contactPhone) {
    }

    /** Staff grant or withdraw the age-friendly employer mark (优质适老就业企业). */
    @Schema(name = "AgeFriendlyMark")
    public record AgeFriendlyMark(
            @Schema(description = "true 授予，false 撤销", required = true)
            @NotNull(message = "请选择授予或撤销")
            Boolean granted) {
    }

    /** A colleague accepting an invitation. */
    @Schema(name = "InvitationAcceptance")
    public record Acceptance(
            @Schema(description = "邀请码（不区分大小写）", required = true, examples = "K7M2QX9RTA")
            @NotBlank(message = "请填写邀请码") @Size(max = 20, message = "邀请码不正确")
            String code) {
    }

    /** A staff member's decision on an employer's registration. */
    @Schema(name = "VerificationDecision")
    public record Decision(
            @Schema(description = "审核结论：VERIFIED 通过，REJECTED 驳回", required = true,
                    enumeration = {"VERIFIED", "REJECTED"})
            @NotNull(message = "请选择审核结论")
            VerificationStatus decision,
            @Schema(description = "驳回原因（驳回时必填），会展示给用人单位", examples = "营业执照名称与填写的单位名称不一致")
            @Size(max = 200, message = "原因最多200个字")
            String reason) {
    }
}
