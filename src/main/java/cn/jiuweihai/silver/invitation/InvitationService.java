package cn.jiuweihai.silver.invitation;

import cn.jiuweihai.silver.application.ApplicationService;
import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.employer.EmployerService;
import cn.jiuweihai.silver.job.Job;
import cn.jiuweihai.silver.job.JobService;
import cn.jiuweihai.silver.matching.CandidateCards;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerDeregistered;
import cn.jiuweihai.silver.seeker.SeekerEnums;
import cn.jiuweihai.silver.seeker.SeekerRepository;
import cn.jiuweihai.silver.seeker.SeekerService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Employers invite seekers to their jobs; seekers accept (an application at interview) or decline. */
@ApplicationScoped
public class InvitationService {

    private final InvitationRepository invitations;
    private final EmployerService employers;
    private final JobService jobs;
    private final SeekerService seekerService;
    private final SeekerRepository seekers;
    private final ApplicationService applications;
    private final CandidateCards cards;
    private final InvitationNotices notices;
    private final InvitationConfig config;

    InvitationService(InvitationRepository invitations, EmployerService employers, JobService jobs,
            SeekerService seekerService, SeekerRepository seekers, ApplicationService applications,
            CandidateCards cards, InvitationNotices notices, InvitationConfig config) {
        this.invitations = invitations;
        this.employers = employers;
        this.jobs = jobs;
        this.seekerService = seekerService;
        this.seekers = seekers;
        this.applications = applications;
        this.cards = cards;
        this.notices = notices;
        this.config = config;
    }

    @Transactional
    InvitationViews.Sent invite(long userId, long employerId, InvitationViews.Invite request) {
        employers.requireVerifiedMember(userId, employerId);
        Job job = requireOwnOpenJob(employerId, request.jobId());
        Seeker seeker = seekers.findByIdOptional(request.seekerId())
                .filter(s -> s.status == SeekerEnums.Status.ACTIVE)
                .orElseThrow(() -> ProblemException.notFound("SEEKER_NOT_FOUND", "这位求职者不存在或已注销登记"));
        requireNotYetInvolved(job, seeker);
        if (!invitations.takeQuota(employerId, Dates.today(), config.dailyLimit())) {
            throw new ProblemException(429, "INVITATION_DAILY_LIMIT", "今天的邀约已达上限",
                    "每个单位每天最多发出" + config.dailyLimit() + "条邀约，请明天再试");
        }

        Invitation invitation = create(userId, employerId, job, seeker, request);
        notices.invited(invitation, seeker.userId);
        Log.infof("Employer %d invited seeker %d to job %d (invitation %d)", employerId, seeker.id, job.id,
                invitation.id);
        return forEmployer(invitation, Instant.now());
    }

    PageResult<InvitationViews.Sent> ofEmployer(long userId, long employerId, PageParams paging) {
        employers.requireMember(userId, employerId);
        InvitationRepository.Found found = invitations.ofEmployer(employerId, paging.offset(), paging.size());
        Instant now = Instant.now();
        return new PageResult<>(found.items().stream().map(i -> forEmployer(i, now)).toList(), paging.page(),
                paging.size(), found.total());
    }

    PageResult<InvitationViews.Received> ofSeeker(long userId, PageParams paging) {
        Seeker seeker = seekerService.requireRegistered(userId);
        InvitationRepository.Found found = invitations.ofSeeker(seeker.id, paging.offset(), paging.size());
        Instant now = Instant.now();
        return new PageResult<>(found.items().stream().map(i -> forSeeker(i, now)).toList(), paging.page(),
                paging.size(), found.total());
    }

    @Transactional
    InvitationViews.Received accept(long userId, long invitationId) {
        Seeker seeker = seekerService.requireRegistered(userId);
        Invitation invitation = requireOpen(invitationId, seeker, Instant.now());
        Job job = requireStillOpen(invitation);

        invitation.applicationId = applications.openFromInvitation(seeker, job, userId, invitation.interviewAt,
                invitation.interviewPlace);
        answer(invitation, InvitationStatus.ACCEPTED, seeker);
        Log.infof("Seeker %d accepted invitation %d (application %d)", seeker.id, invitation.id,
                invitation.applicationId);
        return forSeeker(invitation, Instant.now());
    }

    @Transactional
    InvitationViews.Received decline(long userId, long invitationId) {
        Seeker seeker = seekerService.requireRegistered(userId);
        Invitation invitation = requireOpen(invitationId, seeker, Instant.now());

        answer(invitation, InvitationStatus.DECLINED, seeker);
        Log.infof("Seeker %d declined invitation %d", seeker.id, invitation.id);
        return forSeeker(invitation, Instant.now());
    }

    /** Marks invitations past their time; one statement, so running it on every instance is harmless. */
    @Scheduled(every = "${silver.invitation.sweep-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void expireDue() {
        int expired = invitations.expire(Instant.now());
        if (expired > 0) {
            Log.infof("%d invitations expired", expired);
        }
    }

    /** A seeker who leaves the registry answers no more invitations: the open ones end as declined. */
    void closeOpen(@Observes SeekerDeregistered event) {
        int closed = invitations.declineOpen(event.seekerId(), Instant.now());
        Log.infof("Closed %d open invitations of deregistered seeker %d", closed, event.seekerId());
    }

    private Job requireOwnOpenJob(long employerId, long jobId) {
        Job job = jobs.requireOpen(jobId);
        if (!job.employer.id.equals(employerId)) {
            throw ProblemException.notFound("JOB_NOT_FOUND", "这个岗位不存在或已停止招聘");
        }
        return job;
    }

    private void requireNotYetInvolved(Job job, Seeker seeker) {
        if (invitations.exists(job.id, seeker.id)) {
            throw ProblemException.conflict("INVITATION_DUPLICATE", "已经邀请过了",
                    "您已经就这个岗位邀请过这位求职者，请等待对方回复");
        }
        if (invitations.applied(job.id, seeker.id)) {
            throw ProblemException.conflict("INVITATION_ALREADY_APPLIED", "对方已经投递",
                    "这位求职者已经投递了这个岗位，请在“收到的投递”里处理");
        }
    }

    private Invitation create(long userId, long employerId, Job job, Seeker seeker,
            InvitationViews.Invite request) {
        Instant now = Instant.now();
        Invitation invitation = new Invitation();
        invitation.job = job;
        invitation.seekerId = seeker.id;
        invitation.employerId = employerId;
        invitation.status = InvitationStatus.SENT;
        invitation.message = blankToNull(request.message());
        boolean interview = request.interviewAt() != null && blankToNull(request.interviewPlace()) != null;
        invitation.interviewAt = interview ? request.interviewAt() : null;
        invitation.interviewPlace = interview ? request.interviewPlace().strip() : null;
        invitation.invitedBy = userId;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.validFor());
        invitations.persistAndFlush(invitation);
        return invitation;
    }

    private Invitation requireOpen(long invitationId, Seeker seeker, Instant now) {
        Invitation invitation = invitations.findOfSeeker(invitationId, seeker.id)
                .orElseThrow(() -> ProblemException.notFound("INVITATION_NOT_FOUND", "这条邀约不存在"));
        InvitationStatus status = invitation.statusAt(now);
        if (status == InvitationStatus.EXPIRED) {
            throw ProblemException.conflict("INVITATION_EXPIRED", "邀约已过期",
                    "这条邀约已经过了回复时间，您可以直接投递这个岗位");
        }
        if (status != InvitationStatus.SENT) {
            throw ProblemException.conflict("INVITATION_ALREADY_ANSWERED", "已经回复过了",
                    "这条邀约您已经" + status.label.substring(1) + "，不能再更改");
        }
        return invitation;
    }

    private Job requireStillOpen(Invitation invitation) {
        try {
            return jobs.requireOpen(invitation.job.id);
        } catch (ProblemException e) {
            throw ProblemException.conflict("INVITATION_JOB_CLOSED", "岗位已停止招聘",
                    "这个岗位已经停止招聘，您可以看看其他适合的岗位");
        }
    }

    private void answer(Invitation invitation, InvitationStatus status, Seeker seeker) {
        invitation.status = status;
        invitation.respondedAt = Instant.now();
        invitations.flush();
        notices.replied(invitation, seeker);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private InvitationViews.Received forSeeker(Invitation i, Instant now) {
        InvitationStatus status = i.statusAt(now);
        return new InvitationViews.Received(i.id, i.job.id, i.job.title, i.job.employer.name, status,
                status.label, i.message, i.interviewAt, i.interviewPlace, i.createdAt, i.expiresAt,
                i.respondedAt, i.applicationId);
    }

    private InvitationViews.Sent forEmployer(Invitation i, Instant now) {
        InvitationStatus status = i.statusAt(now);
        return new InvitationViews.Sent(i.id, i.job.id, i.job.title, status, status.label, i.message,
                i.createdAt, i.expiresAt, i.respondedAt, i.applicationId, cards.of(seekers.findById(i.seekerId)));
    }
}
