package cn.jiuweihai.silver.application;

import cn.jiuweihai.silver.common.Salutation;
import cn.jiuweihai.silver.notification.NoticeDraft;
import cn.jiuweihai.silver.notification.NoticeKind;
import cn.jiuweihai.silver.notification.Notices;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerRepository;
import cn.jiuweihai.silver.seeker.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the two sides are told when an application is made or moves. */
@ApplicationScoped
class ApplicationNotices {

    static final String REF = "APPLICATION";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Notices notices;
    private final SeekerRepository seekers;

    ApplicationNotices(Notices notices, SeekerRepository seekers) {
        this.notices = notices;
        this.seekers = seekers;
    }

    void applied(JobApplication a, Seeker seeker) {
        String who = salutation(seeker);
        notices.tellEmployer(a.job.employer.id, new NoticeDraft(NoticeKind.APPLICATION_RECEIVED, REF, a.id,
                "收到新的投递", who + "投递了“" + a.job.title + "”",
                List.of(a.job.title, who, Notices.wechatTime(a.createdAt)), employerPage(a)));
    }

    void withdrawn(JobApplication a, Seeker seeker) {
        String who = salutation(seeker);
        notices.tellEmployer(a.job.employer.id, new NoticeDraft(NoticeKind.APPLICATION_WITHDRAWN, REF, a.id,
                "求职者撤回了投递", who + "撤回了对“" + a.job.title + "”的投递",
                List.of(a.job.title, who, "已撤回"), employerPage(a)));
    }

    void moved(JobApplication a, ApplicationStatus from) {
        Seeker seeker = seekers.findById(a.seekerId);
        if (seeker.userId == null) {
            return;
        }
        boolean interview = a.status == ApplicationStatus.INTERVIEW;
        String detail = interview ? WHEN.format(a.interviewAt) + "，" + a.interviewPlace
                : a.employerNote == null ? "点击查看详情" : a.employerNote;
        NoticeKind kind = interview ? NoticeKind.INTERVIEW_SCHEDULED : NoticeKind.APPLICATION_STATUS_CHANGED;
        String title = interview && from == ApplicationStatus.INTERVIEW ? "面试时间地点有变化"
                : "投递进度：" + a.status.label;
        notices.tell(seeker.userId, new NoticeDraft(kind, REF, a.id, title, a.job.title + "：" + detail,
                List.of(a.job.title, a.status.label, detail), "pages/applications/detail?id=" + a.id));
    }

    static String salutation(Seeker seeker) {
        return Salutation.of(seeker.realName, seeker.sex == Sex.FEMALE);
    }

    private static String employerPage(JobApplication a) {
        return "pages/employer/applications/detail?id=" + a.id;
    }
}
