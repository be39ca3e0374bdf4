package cn.jiuweihai.silver.employer;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employer as its own members and bureau staff see it. */
@Schema(name = "Employer")
public record EmployerView(
        @Schema(description = "单位编号", required = true, examples = "3") long id,
        @Schema(description = "单位名称", required = true, examples = "威海市环翠区颐养之家养老服务中心") String name,
        @Schema(description = "统一社会信用代码", required = true, examples = "91371002MA3C0GXX0N") String creditCode,
        @Schema(description = "单位类型", required = true) EmployerType employerType,
        @Schema(description = "所属行业", required = true) Industry industry,
        @Schema(description = "是否银发经济企业", required = true) boolean silverEconomy,
        @Schema(description = "银发经济细分领域") SilverSegment silverSegment,
        @Schema(description = "是否获评优质适老就业企业（由人社部门授予）", required = true) boolean ageFriendly,
        @Schema(description = "所在区市代码", required = true, examples = "371002") String districtCode,
        @Schema(description = "所在区市", required = true, examples = "环翠区") String districtName,
        @Schema(description = "地址", required = true) String address,
        @Schema(description = "联系人", required = true) String contactName,
        @Schema(description = "联系人手机号码", required = true, examples = "13906301234") String contactPhone,
        @Schema(description = "审核状态：PENDING 待审核，VERIFIED 已认证，REJECTED 已驳回", required = true)
        VerificationStatus verificationStatus,
        @Schema(description = "驳回原因") String rejectionReason,
        @Schema(description = "第几次提交审核（驳回后修改重新提交时加一）", required = true, examples = "1") int submissions,
        @Schema(description = "注册时间", required = true) Instant createdAt) {
}
