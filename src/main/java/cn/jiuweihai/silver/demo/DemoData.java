package cn.jiuweihai.silver.demo;

import cn.jiuweihai.silver.application.ApplicationService;
import cn.jiuweihai.silver.auth.AdminAccount;
import cn.jiuweihai.silver.auth.UserAccount;
import cn.jiuweihai.silver.employer.CreditCode;
import cn.jiuweihai.silver.employer.EmployerRequests;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.employer.EmployerView;
import cn.jiuweihai.silver.employer.Industry;
import cn.jiuweihai.silver.employer.SilverSegment;
import cn.jiuweihai.silver.employer.VerificationStatus;
import cn.jiuweihai.silver.job.JobDraft;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.job.JobViews;
import cn.jiuweihai.silver.seeker.IdNumber;
import cn.jiuweihai.silver.seeker.SeekerRequests;
import cn.jiuweihai.silver.seeker.SeekerService;
import cn.jiuweihai.silver.wechat.SimulatedWeChatGateway;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with a small, believable Weihai market for the local demo: employers
 * of several kinds, jobs in both zones across all seven divisions, and a few registered
 * seekers. Everything goes through the services, so the demo obeys the same rules as real use.
 * Runs only with {@code silver.demo-data.enabled=true} (the dev profile).
 */
@ApplicationScoped
class DemoData {

    static final String SEEKER_CODE = "demo-seeker";
    static final String EMPLOYER_CODE = "demo-employer";
    static final String NEW_USER_CODE = "demo-seeker-2";
    /** The care home and the community centre hold the age-friendly employer mark in the demo. */
    private static final int[] AGE_FRIENDLY_EMPLOYERS = {0, 3};

    @ConfigProperty(name = "silver.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "silver.demo-data.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "silver.admin.bootstrap.username")
    Optional<String> adminUsername;

    private final SeekerService seekers;
    private final EmployerService employers;
    private final JobService jobs;
    private final ApplicationService applications;

    DemoData(SeekerService seekers, EmployerService employers, JobService jobs, ApplicationService applications) {
        this.seekers = seekers;
        this.employers = employers;
        this.jobs = jobs;
        this.applications = applications;
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (UserAccount.count() == 0) {
            seed();
        }
        printLogins();
    }

    private void seed() {
        long adminId = AdminAccount.<AdminAccount>findAll().firstResult().id;
        long employerUser = user(EMPLOYER_CODE);
        long clerkUser = user("demo-clerk");

        List<Long> employerIds = new ArrayList<>();
        for (DemoEmployers.Row row : DemoEmployers.ROWS) {
            long owner = employerIds.isEmpty() ? employerUser : clerkUser;
            EmployerView employer = employers.register(owner, registration(row));
            if (row.verified()) {
                employers.decide(employer.id(), adminId, null,
                        new EmployerRequests.Decision(VerificationStatus.VERIFIED, null));
            }
            employerIds.add(employer.id());
        }
        for (int index : AGE_FRIENDLY_EMPLOYERS) {
            employers.markAgeFriendly(employerIds.get(index), adminId, null, true);
        }

        List<Long> jobIds = new ArrayList<>();
        for (DemoJobs.Row row : DemoJobs.ROWS) {
            long employerId = employerIds.get(row.employer());
            long owner = row.employer() == 0 ? employerUser : clerkUser;
            JobDraft draft = DemoJobs.draft(row);
            JobViews.Detail job = jobs.post(owner, employerId, draft, false);
            jobIds.add(job.id());
        }
        JobViews.Detail held = jobs.post(employerUser, employerIds.get(0), DemoJobs.heldForReview(), false);
        jobs.post(employerUser, employerIds.get(0), DemoJobs.draftOnly(), true);
        Log.infof("Demo job %d waits in the moderation queue: %s", held.id(), held.reviewCause());

        List<Long> seekerUsers = new ArrayList<>();
        for (DemoSeekers.Row row : DemoSeekers.ROWS) {
            seekerUsers.add(seeker(row));
        }
        long first = seekerUsers.get(0);
        long second = seekerUsers.get(1);
        applications.apply(second, jobIds.get(0));
        applications.apply(first, jobIds.get(2));
        Log.infof("Demo data loaded: %d employers, %d jobs, %d seekers", employerIds.size(), jobIds.size(),
                seekerUsers.size());
    }

    private void printLogins() {
        String admin = adminUsername.orElse("(none)") + " / " + adminPassword.orElse("(see configuration)");
        Log.info("""

                ==================== 银发招聘专区 · 演示账号 ====================
                 WeChat login codes  (POST /api/v1/auth/wechat-login {"code": "..."})
                   demo-seeker     已登记的求职者 王秀兰（环翠区），有一条投递
                   demo-employer   已认证单位“威海市环翠区颐养之家养老服务中心”（优质适老就业企业）的管理人员，
                                   有一个草稿岗位和一个被内容安全拦下、等待审核的岗位
                   demo-seeker-2   新用户，尚未登记，可试一试求职登记
                 getPhoneNumber codes: phone-13912345678 shares that number; any other code a made-up one
                   any other code  a brand-new WeChat user (each code works once, like WeChat)
                 Staff login         (POST /api/v1/auth/admin-login)
                   %s        GET /api/v1/admin/jobs/pending 是岗位审核队列
                ================================================================
                """.formatted(admin));
    }

    private static long user(String code) {
        UserAccount user = new UserAccount();
        user.openid = SimulatedWeChatGateway.openidFor(code);
        user.createdAt = Instant.now();
        user.lastLoginAt = user.createdAt;
        user.persist();
        return user.id;
    }

    /** Registers a demo seeker with a full registration, as the mini-program would. */
    private long seeker(DemoSeekers.Row row) {
        long userId = user(row.code());
        seekers.register(userId, new SeekerRequests.Registration(row.name(), IdNumber.complete(row.idFirst17()),
                row.phone(), null, row.district(), row.street(), seekers.privacyNotice().version(), row.details()));
        return userId;
    }

    private static EmployerRequests.Registration registration(DemoEmployers.Row row) {
        return new EmployerRequests.Registration(row.name(), CreditCode.complete(row.codeFirst17()), row.type(),
                row.industry(), row.silverEconomy(), row.silverEconomy() ? segmentOf(row.industry()) : null,
                row.district(), row.address(), row.contactName(), row.contactPhone());
    }

    private static SilverSegment segmentOf(Industry industry) {
        return switch (industry) {
            case ELDERLY_CARE -> SilverSegment.ELDERLY_CARE;
            case HOUSEKEEPING -> SilverSegment.HOUSEKEEPING;
            case HEALTH_CARE -> SilverSegment.HEALTH_CARE;
            case CULTURE_TOURISM -> SilverSegment.CULTURE_TOURISM;
            default -> SilverSegment.OTHER;
        };
    }
}
