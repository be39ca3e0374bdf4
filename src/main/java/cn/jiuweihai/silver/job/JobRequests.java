package cn.jiuweihai.silver.job;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff submit about jobs. */
public final class JobRequests {

    private JobRequests() {
    }

    /** What a staff member decides about a job waiting for review. */
    public enum ReviewOutcome {
        APPROVE, REJECT
    }

    /** A staff member's decision on a held job. */
    @Schema(name = "JobReviewDecision")
    public record ReviewDecision(
            @Schema(description = "审核结论：APPROVE 通过并发布，REJECT 驳回", required = true)
            @NotNull(message = "请选择审核结论")
            ReviewOutcome decision,
            @Schema(description = "驳回原因（驳回时必填），会展示给用人单位", examples = "工作内容中含有与招聘无关的推广信息")
            @Size(max = 200, message = "原因最多200个字")
            String reason) {
    }
}
