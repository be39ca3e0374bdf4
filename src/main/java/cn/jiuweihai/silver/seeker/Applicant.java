package cn.jiuweihai.silver.seeker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate as the employer sees them once they applied: name and phone for a one-tap call. */
@Schema(name = "Applicant")
public record Applicant(
        @Schema(description = "求职者编号", required = true, examples = "12") long seekerId,
        @Schema(description = "姓名", required = true, examples = "王秀兰") String realName,
        @Schema(description = "手机号码（求职者投递后可见；求职者注销后不再提供）", examples = "13812345678")
        String phone,
        @Schema(description = "周岁年龄", required = true, examples = "61") int age,
        @Schema(description = "性别", required = true) Sex sex,
        @Schema(description = "居住的区市", required = true, examples = "环翠区") String districtName) {

    @Override
    public String toString() {
        return "Applicant[seekerId=" + seekerId + "]";
    }
}
