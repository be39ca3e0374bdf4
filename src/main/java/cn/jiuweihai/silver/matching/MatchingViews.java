package cn.jiuweihai.silver.matching;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers of the recommendations. */
final class MatchingViews {

    private MatchingViews() {
    }

    /** A job recommended to a seeker. */
    @Schema(name = "JobRecommendation")
    record JobMatch(
            @Schema(description = "岗位编号", required = true, examples = "101") long jobId,
            @Schema(description = "岗位名称", required = true, examples = "社区助老员") String title,
            @Schema(description = "单位名称", required = true, examples = "威海颐养之家") String employerName,
            @Schema(description = "所在区市", required = true, examples = "环翠区") String districtName,
            @Schema(description = "薪酬", required = true, examples = "2800-3500元/月") String payText,
            @Schema(description = "匹配度，0 到 100", required = true, examples = "86") int score,
            @Schema(description = "推荐理由", required = true, examples = "[\"距离约1.2公里\", \"坐姿工作\"]")
            List<String> reasons) {
    }

    /** A seeker recommended to an employer for a job: the card only, no contact. */
    @Schema(name = "CandidateRecommendation")
    record CandidateMatch(
            @Schema(description = "求职者", required = true) CandidateCard candidate,
            @Schema(description = "匹配度，0 到 100", required = true, examples = "78") int score,
            @Schema(description = "推荐理由", required = true, examples = "[\"有8年养老护理员经验\", \"住在环翠区\"]")
            List<String> reasons) {
    }
}
