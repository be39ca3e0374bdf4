package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The staff's moderation queue: jobs held by content security or by a material edit. */
@ApplicationScoped
class JobModeration {

    private final JobRepository jobs;
    private final JobViewMapper views;
    private final Event<JobChanged> changed;

    JobModeration(JobRepository jobs, JobViewMapper views, Event<JobChanged> changed) {
        this.jobs = jobs;
        this.views = views;
        this.changed = changed;
    }

    PageResult<JobViews.Detail> queue(String adminDistrict, PageParams paging) {
        JobRepository.Found found = jobs.pendingReview(adminDistrict, paging.offset(), paging.size());
        List<JobViews.Detail> items = found.items().stream().map(job -> views.detail(job, true)).toList();
        return new PageResult<>(items, paging.page(), paging.size(), found.total());
    }

    @Transactional
    JobViews.Detail decide(long jobId, long adminId, String adminDistrict, JobRequests.ReviewDecision decision) {
        Job job = jobs.findWithEmployer(jobId)
                .orElseThrow(() -> ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在"));
        if (adminDistrict != null && !adminDistrict.equals(job.districtCode)) {
            throw ProblemException.forbidden("OUTSIDE_ADMIN_DISTRICT", "不在您的管辖范围",
                    "这个岗位不在您负责的区市，请由所在区市的工作人员审核");
        }
        if (job.status != JobEnums.Status.PENDING_REVIEW) {
            throw ProblemException.conflict("JOB_NOT_PENDING_REVIEW", "岗位不在待审核状态", "这个岗位已经审核过或已撤回，请刷新列表");
        }
        boolean rejecting = decision.decision() == JobRequests.ReviewOutcome.REJECT;
        if (rejecting && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.invalidField("JOB_REVIEW_REASON_REQUIRED", "reason", "驳回时请写明原因，方便单位修改");
        }

        Instant now = Instant.now();
        job.status = rejecting ? JobEnums.Status.REJECTED : JobEnums.Status.PUBLISHED;
        job.reviewReason = rejecting ? decision.reason().strip() : null;
        job.reviewCause = rejecting ? job.reviewCause : null;
        job.publishedAt = rejecting || job.publishedAt != null ? job.publishedAt : now;
        job.reviewedBy = adminId;
        job.reviewedAt = now;
        job.updatedAt = now;
        jobs.flush();
        changed.fire(new JobChanged(jobId));
        Log.infof("Job %d %s by staff %d", jobId, job.status, adminId);
        return views.detail(job, true);
    }
}
