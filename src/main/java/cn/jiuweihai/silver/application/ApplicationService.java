package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.FieldCipher;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.job.Job;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.seeker.Applicant;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import java.util.stream.Collectors;

/** Applications: a seeker applies or withdraws, the employer moves the application along its pipeline. */
@ApplicationScoped
public class ApplicationService {

    static final String SEEKER = "SEEKER";
    static final String EMPLOYER = "EMPLOYER";

    private final ApplicationRepository applications;
    private final SeekerService seekers;
    private final JobService jobs;
    private final EmployerService employers;
    private final FieldCipher cipher;
    private final ApplicationNotices notices;

    ApplicationService(ApplicationRepository applications, SeekerService seekers, JobService jobs,
            EmployerService employers, FieldCipher cipher, ApplicationNotices notices) {
        this.applications = applications;
        this.seekers = seekers;
        this.jobs = jobs;
        this.employers = employers;
        this.cipher = cipher;
        this.notices = notices;
    }

    @Transactional
    public ApplicationViews.ForSeeker apply(long userId, long jobId) {
        Seeker seeker = seekers.requireRegistered(userId);
        requireComplete(seeker);
        Job job = requireOpenJob(jobId);
        checkAge(seeker, job);
        requirePlaceLeft(job);
        if (applications.exists(jobId, seeker.id)) {
            throw duplicate();
        }

        JobApplication application = create(job, seeker, ApplicationStatus.SUBMITTED, "APPLIED");
        applications.record(application, null, userId, SEEKER, null);
        notices.applied(application, seeker);
        Log.infof("Seeker %d applied to job %d (application %d)", seeker.id, jobId, application.id);
        return forSeeker(application);
    }

    /**
     * Opens an application at interview for a seeker who accepted an invitation; an application
     * the seeker already made moves to interview instead. Returns the application's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long openFromInvitation(Seeker seeker, Job job, long userId, Instant interviewAt, String place) {
        requirePlaceLeft(job);
        JobApplication application = applications.findByJobAndSeeker(job.id, seeker.id).orElse(null);
        if (application == null) {
            application = create(job, seeker, ApplicationStatus.INTERVIEW, "INVITED");
            applications.record(application, null, userId, SEEKER, "接受邀约");
        } else if (application.status.employerMayMoveTo(ApplicationStatus.INTERVIEW)) {
            ApplicationStatus from = application.status;
            application.status = ApplicationStatus.INTERVIEW;
            application.updatedAt = Instant.now();
            applications.flush();
            applications.record(application, from, userId, SEEKER, "接受邀约");
        }
        setInterview(application, interviewAt, place);
        return application.id;
    }

    PageResult<ApplicationViews.ForSeeker> ofSeeker(long userId, PageParams paging) {
        Seeker seeker = seekers.requireRegistered(userId);
        ApplicationRepository.Found found = applications.ofSeeker(seeker.id, paging.offset(), paging.size());
        return new PageResult<>(found.items().stream().map(this::forSeeker).toList(), paging.page(),
                paging.size(), found.total());
    }

    PageResult<ApplicationViews.ForEmployer> ofEmployer(long userId, long employerId, Long jobId,
            ApplicationStatus status, PageParams paging) {
        employers.requireVerifiedMember(userId, employerId);
        ApplicationRepository.Found found = applications.ofEmployer(employerId, jobId, status, paging.offset(),
                paging.size());
        Map<Long, Applicant> applicants = seekers.applicants(
                found.items().stream().map(a -> a.seekerId).collect(Collectors.toSet()),
                found.items().stream().filter(ApplicationService::sharesPhone).map(a -> a.seekerId)
                        .collect(Collectors.toSet()));
        return new PageResult<>(found.items().stream().map(a -> forEmployer(a, applicants.get(a.seekerId)))
                .toList(), paging.page(),
                paging.size(), found.total());
    }

    @Transactional
    ApplicationViews.ForSeeker withdraw(long userId, long applicationId) {
        Seeker seeker = seekers.requireRegistered(userId);
        JobApplication application = applications.findOfSeeker(applicationId, seeker.id)
                .orElseThrow(ApplicationService::notFound);
        ApplicationStatus from = application.status;
        if (!from.seekerMayMoveTo(ApplicationStatus.WITHDRAWN)) {
            throw notAllowed(from, ApplicationStatus.WITHDRAWN);
        }

        application.status = ApplicationStatus.WITHDRAWN;
        application.updatedAt = Instant.now();
        applications.flush();
        applications.record(application, from, userId, SEEKER, null);
        notices.withdrawn(application, seeker);
        Log.infof("Application %d withdrawn by seeker %d", application.id, seeker.id);
        return forSeeker(application);
    }

    @Transactional
    ApplicationViews.ForEmployer move(long userId, long employerId, long applicationId,
            ApplicationViews.StatusChange change) {
        employers.requireVerifiedMember(userId, employerId);
        JobApplication application = applications.findOfEmployer(applicationId, employerId)
                .orElseThrow(ApplicationService::notFound);
        ApplicationStatus from = application.status;
        if (!from.employerMayMoveTo(change.status())) {
            throw notAllowed(from, change.status());
        }
        if (change.status() == ApplicationStatus.INTERVIEW) {
            requireInterviewDetails(change);
            setInterview(application, change.interviewAt(), change.interviewPlace().strip());
        }
        if (change.status() == ApplicationStatus.HIRED) {
            requirePlaceForHire(application.job.id);
        }

        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        applyMove(application, change.status(), note);
        applications.record(application, from, userId, EMPLOYER, note);
        notices.moved(application, from);
        Log.infof("Application %d moved from %s to %s by user %d", application.id, from, application.status,
                userId);
        return forEmployer(application, seekers.applicant(application.seekerId, sharesPhone(application)));
    }

    private JobApplication create(Job job, Seeker seeker, ApplicationStatus status, String origin) {
        Instant now = Instant.now();
        JobApplication application = new JobApplication();
        application.job = job;
        application.seekerId = seeker.id;
        application.status = status;
        application.origin = origin;
        application.createdAt = now;
        application.updatedAt = now;
        applications.persistAndFlush(application);
        return application;
    }

    private void applyMove(JobApplication application, ApplicationStatus to, String note) {
        application.status = to;
        if (note != null) {
            application.employerNote = note;
        }
        application.updatedAt = Instant.now();
        applications.flush();
    }

    private static void setInterview(JobApplication application, Instant at, String place) {
        if (at != null && place != null) {
            application.interviewAt = at;
            application.interviewPlace = place;
        }
    }

    /** Refuses a job that exists but is closed or expired with a reason, an unknown one with 404. */
    private Job requireOpenJob(long jobId) {
        try {
            return jobs.requireOpen(jobId);
        } catch (ProblemException e) {
            if (e.status() == 404 && applications.jobExists(jobId)) {
                throw ProblemException.conflict("APPLICATION_JOB_CLOSED", "岗位已停止招聘",
                        "这个岗位已经停止招聘或过了有效期，您可以看看其他适合的岗位");
            }
            throw e;
        }
    }

    private void requirePlaceLeft(Job job) {
        if (applications.hired(job.id) >= job.headcount) {
            throw headcountFilled();
        }
    }

    private void requirePlaceForHire(long jobId) {
        int headcount = applications.lockHeadcount(jobId);
        if (applications.hiredLocked(jobId) >= headcount) {
            throw headcountFilled();
        }
    }

    /** A registration without a phone number cannot be called back by the employer. */
    private static void requireComplete(Seeker seeker) {
        if (seeker.phoneCipher == null || seeker.birthDate == null) {
            throw ProblemException.conflict("APPLICATION_PROFILE_INCOMPLETE", "求职登记还不完整",
                    "请先在“我的”里补全手机号码等登记信息，单位才能联系到您");
        }
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

    static ProblemException headcountFilled() {
        return ProblemException.conflict("APPLICATION_HEADCOUNT_FILLED", "岗位已招满",
                "这个岗位的招聘人数已经满了，您可以看看其他适合的岗位");
    }

    private static ProblemException duplicate() {
        return ProblemException.conflict("APPLICATION_DUPLICATE", "已经投递过了",
                "您已经投递过这个岗位，可以在“我的投递”里查看进度");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("APPLICATION_NOT_FOUND", "这条投递记录不存在");
    }

    private static ProblemException notAllowed(ApplicationStatus from, ApplicationStatus to) {
        return ProblemException.conflict("APPLICATION_TRANSITION_NOT_ALLOWED", "无法变更状态",
                "这条投递当前是“" + from.label + "”，不能改为“" + to.label + "”");
    }

    private ApplicationViews.ForSeeker forSeeker(JobApplication a) {
        boolean contact = a.status != ApplicationStatus.WITHDRAWN;
        String phone = contact ? cipher.decrypt(a.job.employer.contactPhoneCipher) : null;
        String contactName = contact ? a.job.employer.contactName : null;
        return new ApplicationViews.ForSeeker(a.id, a.job.id, a.job.title, a.job.employer.name, a.status,
                a.status.label, a.interviewAt, a.interviewPlace, a.employerNote, contactName, phone, a.createdAt,
                a.updatedAt);
    }

    private ApplicationViews.ForEmployer forEmployer(JobApplication a, Applicant applicant) {
        return new ApplicationViews.ForEmployer(a.id, a.job.id, a.job.title, a.status, a.status.label,
                a.interviewAt, a.interviewPlace, a.employerNote, a.createdAt, a.updatedAt, applicant);
    }

    /** The phone is shared for a call while the seeker stands by the application, not after withdrawing. */
    private static boolean sharesPhone(JobApplication a) {
        return a.status != ApplicationStatus.WITHDRAWN;
    }
}
