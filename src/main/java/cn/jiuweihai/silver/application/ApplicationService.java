package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.job.Job;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;

/** Applications: a seeker applies, the employer moves the application along its pipeline. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final SeekerService seekers;
    private final JobService jobs;
    private final EmployerService employers;

    ApplicationService(ApplicationRepository applications, SeekerService seekers, JobService jobs,
            EmployerService employers) {
        this.applications = applications;
        this.seekers = seekers;
        this.jobs = jobs;
        this.employers = employers;
    }

    @Transactional
    public ApplicationViews.ForSeeker apply(long userId, long jobId) {
        Seeker seeker = seekers.requireRegistered(userId);
        Job job = jobs.requireOpen(jobId);
        checkAge(seeker, job);
        if (applications.exists(jobId, seeker.id)) {
            throw ProblemException.conflict("APPLICATION_DUPLICATE", "已经投递过了",
                    "您已经投递过这个岗位，可以在“我的投递”里查看进度");
        }

        Instant now = Instant.now();
        JobApplication application = new JobApplication();
        application.job = job;
        application.seekerId = seeker.id;
        application.status = ApplicationStatus.SUBMITTED;
        application.createdAt = now;
        application.updatedAt = now;
        applications.persistAndFlush(application);
        applications.record(application, null, userId, null);
        Log.infof("Seeker %d applied to job %d (application %d)", seeker.id, jobId, application.id);
        return forSeeker(application);
    }

    PageResult<ApplicationViews.ForSeeker> ofSeeker(long userId, PageParams paging) {
        Seeker seeker = seekers.requireRegistered(userId);
        ApplicationRepository.Found found = applications.ofSeeker(seeker.id, paging.offset(), paging.size());
        return new PageResult<>(found.items().stream().map(this::forSeeker).toList(), paging.page(),
                paging.size(), found.total());
    }

    PageResult<ApplicationViews.ForEmployer> ofEmployer(long userId, long employerId, Long jobId,
            ApplicationStatus status, PageParams paging) {
        employers.requireMember(userId, employerId);
        ApplicationRepository.Found found = applications.ofEmployer(employerId, jobId, status, paging.offset(),
                paging.size());
        return new PageResult<>(found.items().stream().map(this::forEmployer).toList(), paging.page(),
                paging.size(), found.total());
    }

    @Transactional
    ApplicationViews.ForEmployer move(long userId, long employerId, long applicationId,
            ApplicationViews.StatusChange change) {
        employers.requireMember(userId, employerId);
        JobApplication application = applications.findOfEmployer(applicationId, employerId)
                .orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND", "这条投递记录不存在"));
        ApplicationStatus from = application.status;
        if (!from.employerMayMoveTo(change.status())) {
            throw ProblemException.conflict("APPLICATION_TRANSITION_NOT_ALLOWED", "无法变更状态",
                    "这条投递当前是“" + from.label + "”，不能改为“" + change.status().label + "”");
        }
        if (change.status() == ApplicationStatus.INTERVIEW) {
            requireInterviewDetails(change);
            application.interviewAt = change.interviewAt();
            application.interviewPlace = change.interviewPlace().strip();
        }

        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        application.status = change.status();
        if (note != null) {
            application.employerNote = note;
        }
        application.updatedAt = Instant.now();
        applications.flush();
        applications.record(application, from, userId, note);
        Log.infof("Application %d moved from %s to %s by user %d", application.id, from, application.status,
                userId);
        return forEmployer(application);
    }

    private static void checkAge(Seeker seeker, Job job) {
        int age = Period.between(seeker.birthDate, Dates.today()).getYears();
        boolean tooYoung = job.ageMin != null && age < job.ageMin;
        boolean tooOld = job.ageMax != null && age > job.ageMax;
        if (tooYoung || tooOld) {
            String range = (job.ageMin == null ? "" : job.ageMin + "岁以上") + (job.ageMax == null ? ""
                    : (job.ageMin == null ? "" : "、") + job.ageMax + "岁以下");
            throw ProblemException.conflict("APPLICATION_AGE_OUT_OF_RANGE", "年龄不符合要求",
                    "这个岗位要求" + range + "，您可以看看其他适合的岗位");
        }
    }

    private static void requireInterviewDetails(ApplicationViews.StatusChange change) {
        if (change.interviewAt() == null) {
            throw ProblemException.invalidField("INTERVIEW_TIME_REQUIRED", "interviewAt", "邀请面试时请填写面试时间");
        }
        if (change.interviewPlace() == null || change.interviewPlace().isBlank()) {
            throw ProblemException.invalidField("INTERVIEW_PLACE_REQUIRED", "interviewPlace", "邀请面试时请填写面试地点");
        }
    }

    private ApplicationViews.ForSeeker forSeeker(JobApplication a) {
        return new ApplicationViews.ForSeeker(a.id, a.job.id, a.job.title, a.job.employer.name, a.status,
                a.status.label, a.interviewAt, a.interviewPlace, a.employerNote, a.createdAt, a.updatedAt);
    }

    private ApplicationViews.ForEmployer forEmployer(JobApplication a) {
        return new ApplicationViews.ForEmployer(a.id, a.job.id, a.job.title, a.status, a.status.label,
                a.interviewAt, a.interviewPlace, a.employerNote, a.createdAt, a.updatedAt,
                seekers.applicant(a.seekerId));
    }
}
