package cn.jiuweihai.silver.invitation;

import cn.jiuweihai.silver.common.Salutation;
import cn.jiuweihai.silver.notification.NoticeDraft;
import cn.jiuweihai.silver.notification.NoticeKind;
import cn.jiuweihai.silver.notification.Notices;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What the seeker hears of an invitation, and the employer of the reply. */
@ApplicationScoped
class InvitationNotices {

    private static final String REF = "INVITATION";

    private final Notices notices;

    InvitationNotices(Notices notices) {
        this.notices = notices;
    }

    /** A seeker registered by staff without a WeChat account of their own hears nothing in the app. */
    void invited(Invitation i, Long seekerUserId) {
        if (seekerUserId == null) {
            return;
        }
        String employer = i.job.employer.name;
        notices.tell(seekerUserId, new NoticeDraft(NoticeKind.INVITATION_RECEIVED, REF, i.id, "收到岗位邀约",
                employer + "邀请您应聘“" + i.job.title + "”", List.of(i.job.title, employer,
                        Notices.wechatTime(i.expiresAt)), "pages/invitations/detail?id=" + i.id));
    }

    void replied(Invitation i, Seeker seeker) {
        boolean accepted = i.status == InvitationStatus.ACCEPTED;
        String who = Salutation.of(seeker.realName, seeker.sex == Sex.FEMALE);
        NoticeKind kind = accepted ? NoticeKind.INVITATION_ACCEPTED : NoticeKind.INVITATION_DECLINED;
        notices.tellEmployer(i.employerId, new NoticeDraft(kind, REF, i.id, "邀约" + i.status.label,
                who + i.status.label.substring(1) + "您对“" + i.job.title + "”的邀约",
                List.of(i.job.title, who, i.status.label), "pages/employer/invitations/detail?id=" + i.id));
    }
}
