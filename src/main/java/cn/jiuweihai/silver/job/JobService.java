package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.Employer;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.employer.VerificationStatus;
import cn.jiuweihai.silver.reference.ReferenceData;
import cn.jiuweihai.silver.wechat.TextVerdict;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An employer's jobs through their lifecycle: draft, pending review, published, closed (or
 * rejected by staff). Text is checked with WeChat before the transaction that stores it, so a
 * slow WeChat never holds a database connection.
 */
@ApplicationScoped
public class JobService {

    private final JobRepository jobs;
    private final EmployerService employers;
    private final ReferenceData reference;
    private final ContentCheck content;
    private final JobViewMapper views;
    private final Event<JobChanged> changed;
    private final Validator validator;

    JobService(JobRepository jobs, EmployerService employers, ReferenceData reference, ContentCheck content,
            JobViewMapper views, Event<JobChanged> changed, Validator validator) {
        this.validator = validator;
        this.jobs = jobs;
        this.employers = employers;
        this.reference = reference;
        this.content = content;
        this.views = views;
        this.changed = changed;
    }

    /** Creates a job; unless kept as a draft it is submitted at once (published when its text passes). */
    public JobViews.Detail post(long userId, long employerId, JobDraft draft, boolean keepAsDraft) {
        employers.requireVerifiedMember(userId, employerId);
        checkDraft(draft);
        TextVerdict verdict = keepAsDraft ? null : content.of(userId, draft.title(), draft.description());

        return QuarkusTransaction.joiningExisting().call(() -> create(employerId, draft, verdict));
    }

    /** Edits a job. A published job whose pay, place or duties change goes back to review. */
    public JobViews.Detail update(long userId, long employerId, long jobId, JobDraft draft) {
        Job job = requireOwn(userId, employerId, jobId);
        checkDraft(draft);
        if (job.status == JobEnums.Status.CLOSED) {
            throw ProblemException.conflict("JOB_CLOSED", "岗位已结束招聘", "已结束招聘的岗位不能修改，请发布新岗位");
        }
        boolean recheck = job.status != JobEnums.Status.DRAFT && job.status != JobEnums.Status.REJECTED
                && JobRules.isMaterialChange(job, draft);
        TextVerdict verdict = recheck ? content.of(userId, draft.title(), draft.description()) : null;

        return QuarkusTransaction.joiningExisting().call(() -> revise(jobId, job.version, draft, verdict));
    }

    /** Submits a draft or a rejected job again; it is published when its text passes. */
    public JobViews.Detail submit(long userId, long employerId, long jobId) {
        Job job = requireOwn(userId, employerId, jobId);
        if (job.status != JobEnums.Status.DRAFT && job.status != JobEnums.Status.REJECTED) {
            throw ProblemException.conflict("JOB_NOT_SUBMITTABLE", "岗位不能提交",
                    "只有草稿或被驳回的岗位可以提交审核");
        }
        employers.requireVerifiedMember(userId, employerId);
        JobRules.checkValidUntil(job.validUntil, Dates.today());
        TextVerdict verdict = content.of(userId, job.title, job.description);

        return QuarkusTransaction.joiningExisting().call(() -> submitted(jobId, job.version, verdict));
    }

    /** Stops recruiting. Closing a closed job changes nothing. */
    public JobViews.Detail close(long userId, long employerId, long jobId) {
        requireOwn(userId, employerId, jobId);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Job job = jobs.findById(jobId);
            if (job.status != JobEnums.Status.CLOSED) {
                markClosed(job, Instant.now());
                changed.fire(new JobChanged(jobId));
                Log.infof("Job %d closed by its employer %d", jobId, employerId);
            }
            return views.detail(job, true);
        });
    }

    public JobViews.Detail ownDetail(long userId, long employerId, long jobId) {
        return views.detail(requireOwn(userId, employerId, jobId), true);
    }

    PageResult<JobViews.Summary> ofEmployer(long userId, long employerId, PageParams paging) {
        employers.requireMember(userId, employerId);
        JobRepository.Found found = jobs.ofEmployer(employerId, paging.offset(), paging.size());
        List<JobViews.Summary> items = found.items().stream().map(views::summary).toList();
        return new PageResult<>(items, paging.page(), paging.size(), found.total());
    }

    public JobViews.Detail publishedDetail(long id) {
        return views.detail(requireOpen(id), false);
    }

    /** Summaries of the given jobs, whatever their status, in the order given. */
    public List<JobViews.Summary> summaries(List<Long> ids) {
        return jobs.withEmployers(ids).stream().map(views::summary).toList();
    }

    /** A job seekers can see and apply to: published, not expired, employer still verified. */
    public Job requireOpen(long id) {
        return jobs.findWithEmployer(id)
                .filter(job -> job.status == JobEnums.Status.PUBLISHED)
                .filter(job -> !job.validUntil.isBefore(Dates.today()))
                .filter(job -> job.employer.verificationStatus == VerificationStatus.VERIFIED)
                .orElseThrow(() -> ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在或已停止招聘"));
    }

    /** Whether a job exists at all, in any status. */
    public boolean exists(long id) {
        return jobs.findByIdOptional(id).isPresent();
    }

    static void markClosed(Job job, Instant now) {
        job.status = JobEnums.Status.CLOSED;
        job.closedAt = now;
        job.updatedAt = now;
    }

    private JobViews.Detail create(long employerId, JobDraft draft, TextVerdict verdict) {
        Instant now = Instant.now();
        Job job = new Job();
        job.employer = jobs.getEntityManager().getReference(Employer.class, employerId);
        apply(job, draft);
        job.status = JobEnums.Status.DRAFT;
        job.createdAt = now;
        job.updatedAt = now;
        if (verdict != null) {
            enterReview(job, verdict, null, now);
        }
        jobs.persistAndFlush(job);
        changed.fire(new JobChanged(job.id));
        Log.infof("Job %d created by employer %d: %s", job.id, employerId, job.status);
        return views.detail(job, true);
    }

    private JobViews.Detail revise(long jobId, int seenVersion, JobDraft draft, TextVerdict verdict) {
        Job job = jobs.findById(jobId);
        requireVersion(job, seenVersion);
        boolean heldAnyway = job.status == JobEnums.Status.PUBLISHED
                || job.reviewCause == JobEnums.ReviewCause.MATERIAL_EDIT;
        apply(job, draft);
        Instant now = Instant.now();
        job.updatedAt = now;
        if (job.status == JobEnums.Status.REJECTED) {
            job.status = JobEnums.Status.DRAFT;
        }
        if (verdict != null) {
            enterReview(job, verdict, heldAnyway ? JobEnums.ReviewCause.MATERIAL_EDIT : null, now);
        }
        jobs.flush();
        changed.fire(new JobChanged(jobId));
        Log.infof("Job %d edited: %s", jobId, job.status);
        return views.detail(job, true);
    }

    private JobViews.Detail submitted(long jobId, int seenVersion, TextVerdict verdict) {
        Job job = jobs.findById(jobId);
        requireVersion(job, seenVersion);
        enterReview(job, verdict, null, Instant.now());
        jobs.flush();
        changed.fire(new JobChanged(jobId));
        Log.infof("Job %d submitted: %s", jobId, job.status);
        return views.detail(job, true);
    }

    /**
     * Publishes a job whose text passed, or holds it for staff: when the text did not pass, and
     * when {@code heldFor} says it must be reviewed anyway (a material edit of a published job).
     */
    private static void enterReview(Job job, TextVerdict verdict, JobEnums.ReviewCause heldFor, Instant now) {
        job.contentVerdict = verdict;
        job.submittedAt = now;
        job.reviewReason = null;
        JobEnums.ReviewCause cause = verdict.passed() ? heldFor : ContentCheck.causeOf(verdict);
        if (cause == null) {
            job.status = JobEnums.Status.PUBLISHED;
            job.reviewCause = null;
            job.publishedAt = job.publishedAt == null ? now : job.publishedAt;
            return;
        }
        job.status = JobEnums.Status.PENDING_REVIEW;
        job.reviewCause = cause;
    }

    private Job requireOwn(long userId, long employerId, long jobId) {
        employers.requireMember(userId, employerId);
        return jobs.findWithEmployer(jobId)
                .filter(job -> job.employer.id == employerId)
                .orElseThrow(() -> ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在或不属于本单位"));
    }

    private static void requireVersion(Job job, int seenVersion) {
        if (job.version != seenVersion) {
            throw ProblemException.conflict("CONCURRENT_UPDATE", "信息已被修改", "这个岗位刚刚被修改过，请刷新后再试");
        }
    }

    /** Checks the draft after the caller is known to act for the employer, so outsiders learn nothing of it. */
    private void checkDraft(JobDraft draft) {
        Set<ConstraintViolation<JobDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        // A list holding only null passes @NotEmpty; the database's zone check would then say 409.
        if (draft.zones().stream().noneMatch(Objects::nonNull)) {
            throw ProblemException.invalidField("VALIDATION_FAILED", "zones", "请至少选择一个专区");
        }
        JobRules.check(draft, Dates.today());
        reference.requireDistrict(draft.districtCode(), "districtCode");
        if (draft.occupationId() != null) {
            reference.requireOccupation(draft.occupationId(), "occupationId");
        }
    }

    private static void apply(Job job, JobDraft draft) {
        job.title = draft.title().strip();
        job.occupationId = draft.occupationId();
        job.category = draft.category();
        job.description = draft.description().strip();
        job.districtCode = draft.districtCode();
        job.address = draft.address().strip();
        job.latitude = draft.latitude();
        job.longitude = draft.longitude();
        job.payMin = draft.payMin();
        job.payMax = draft.payMax();
        job.payUnit = draft.payUnit();
        job.payMonthlyMin = JobRules.monthly(draft.payMin(), draft.payUnit());
        job.payMonthlyMax = JobRules.monthly(draft.payMax(), draft.payUnit());
        job.employmentForm = draft.employmentForm();
        job.schedule = draft.schedule().strip();
        job.headcount = draft.headcount();
        job.ageMin = draft.ageMin();
        job.ageMax = draft.ageMax();
        job.physicalDemand = draft.physicalDemand();
        job.setFeatures(draft.features() == null ? EnumSet.noneOf(JobEnums.Feature.class) : draft.features());
        job.protection = draft.protection();
        job.zoneSilverTalent = draft.zones().contains(JobEnums.Zone.SILVER_TALENT);
        job.zoneSilverEconomy = draft.zones().contains(JobEnums.Zone.SILVER_ECONOMY);
        job.validUntil = draft.validUntil();
    }
}
