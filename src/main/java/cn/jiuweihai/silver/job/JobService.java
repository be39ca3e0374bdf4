package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.Employer;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.employer.VerificationStatus;
import cn.jiuweihai.silver.reference.OccupationView;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Posting jobs and finding them. */
@ApplicationScoped
public class JobService {

    private static final int MAX_VALIDITY_DAYS = 366;

    private final JobRepository jobs;
    private final EmployerService employers;
    private final ReferenceData reference;

    JobService(JobRepository jobs, EmployerService employers, ReferenceData reference) {
        this.jobs = jobs;
        this.employers = employers;
        this.reference = reference;
    }

    /** Publishes a job for a verified employer the user acts for. */
    @Transactional
    public JobViews.Detail post(long userId, long employerId, JobDraft draft) {
        Employer employer = employers.requireVerifiedMember(userId, employerId);
        checkRules(draft);

        Instant now = Instant.now();
        Job job = new Job();
        job.employer = employer;
        apply(job, draft);
        job.status = JobEnums.Status.PUBLISHED;
        job.publishedAt = now;
        job.createdAt = now;
        job.updatedAt = now;
        jobs.persistAndFlush(job);
        Log.infof("Job %d published by employer %d", job.id, employer.id);
        return detailOf(job);
    }

    PageResult<JobViews.Summary> ofEmployer(long userId, long employerId, PageParams paging) {
        employers.requireMember(userId, employerId);
        JobRepository.Found found = jobs.ofEmployer(employerId, paging.offset(), paging.size());
        return page(found, paging);
    }

    public PageResult<JobViews.Summary> search(JobSearch search, PageParams paging) {
        JobRepository.Found found = jobs.searchPublished(search, Dates.today(), paging.offset(), paging.size());
        return page(found, paging);
    }

    public JobViews.Detail publishedDetail(long id) {
        return detailOf(requireOpen(id));
    }

    /** A job seekers can see and apply to: published, not expired, employer still verified. */
    public Job requireOpen(long id) {
        return jobs.findWithEmployer(id)
                .filter(job -> job.status == JobEnums.Status.PUBLISHED)
                .filter(job -> !job.validUntil.isBefore(Dates.today()))
                .filter(job -> job.employer.verificationStatus == VerificationStatus.VERIFIED)
                .orElseThrow(() -> ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在或已停止招聘"));
    }

    static String payText(Job job) {
        String range = job.payMin == job.payMax ? Integer.toString(job.payMin) : job.payMin + "-" + job.payMax;
        return range + job.payUnit.label;
    }

    private void checkRules(JobDraft draft) {
        if (draft.payMin() > draft.payMax()) {
            throw ProblemException.invalidField("JOB_PAY_RANGE_INVALID", "payMax", "最高薪酬不能低于最低薪酬");
        }
        if (draft.ageMin() != null && draft.ageMax() != null && draft.ageMin() > draft.ageMax()) {
            throw ProblemException.invalidField("JOB_AGE_RANGE_INVALID", "ageMax", "年龄上限不能低于年龄下限");
        }
        // A list holding only null passes @NotEmpty; the database's zone check would then say 409.
        if (draft.zones().stream().noneMatch(zone -> zone != null)) {
            throw ProblemException.invalidField("VALIDATION_FAILED", "zones", "请至少选择一个专区");
        }
        if ((draft.latitude() == null) != (draft.longitude() == null)) {
            throw ProblemException.invalidField("JOB_LOCATION_INCOMPLETE", "longitude", "请同时填写经度和纬度，或都不填");
        }
        LocalDate today = Dates.today();
        if (!draft.validUntil().isAfter(today) || draft.validUntil().isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw ProblemException.invalidField("JOB_VALID_UNTIL_INVALID", "validUntil", "有效期应晚于今天，且不超过一年");
        }
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

    private PageResult<JobViews.Summary> page(JobRepository.Found found, PageParams paging) {
        List<JobViews.Summary> items = found.items().stream().map(this::summaryOf).toList();
        return new PageResult<>(items, paging.page(), paging.size(), found.total());
    }

    private JobViews.Summary summaryOf(Job job) {
        return new JobViews.Summary(job.id, job.title, job.employer.name, job.category, job.districtCode,
                reference.districtName(job.districtCode), job.payMin, job.payMax, job.payUnit, payText(job),
                job.employmentForm, job.physicalDemand, job.features(), job.zones(), job.status, job.publishedAt,
                job.validUntil);
    }

    private JobViews.Detail detailOf(Job job) {
        Employer employer = job.employer;
        JobViews.EmployerCard card = new JobViews.EmployerCard(employer.id, employer.name,
                employer.verificationStatus == VerificationStatus.VERIFIED, employer.silverEconomy,
                reference.districtName(employer.districtCode));
        OccupationView occupation = reference.occupation(job.occupationId);
        return new JobViews.Detail(job.id, job.title, card, job.occupationId,
                occupation == null ? null : occupation.name(), job.category, job.description, job.districtCode,
                reference.districtName(job.districtCode), job.address, job.latitude, job.longitude, job.payMin,
                job.payMax, job.payUnit, payText(job), job.employmentForm, job.schedule, job.headcount, job.ageMin,
                job.ageMax, job.physicalDemand, job.features(),
                job.features().stream().map(feature -> feature.label).toList(), job.protection, job.zones(),
                job.status, job.publishedAt, job.validUntil, job.updatedAt);
    }
}
