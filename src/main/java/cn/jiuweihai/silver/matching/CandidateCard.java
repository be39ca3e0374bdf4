package cn.jiuweihai.silver.matching;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate as an employer sees them before they applied or accepted an invitation: surname
 * and title, age band, district and skills; never the name, phone or ID number.
 */
@Schema(name = "CandidateCard")
public record CandidateCard(
        @Schema(description = "求职者编号（用于发出邀约）", required = true, examples = "12") long seekerId,
        @Schema(description = "称呼（姓氏加女士/先生）", required = true, examples = "王女士") String salutation,
        @Schema(description = "年龄段", required = true, examples = "55至59岁") String ageBand,
        @Schema(description = "居住的区市", required = true, examples = "环翠区") String districtName,
        @Schema(description = "技能与从业经历", required = true, examples = "[\"养老护理员\"]") List<String> skills) {
}
