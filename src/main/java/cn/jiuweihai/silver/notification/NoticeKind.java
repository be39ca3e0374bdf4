package cn.jiuweihai.silver.notification;

/** Events a person hears about, each with the subscribe-message template it goes out as. */
public enum NoticeKind {
    APPLICATION_RECEIVED(SubscribeTemplate.APPLICATION_RECEIVED),
    APPLICATION_STATUS_CHANGED(SubscribeTemplate.APPLICATION_PROGRESS),
    INTERVIEW_SCHEDULED(SubscribeTemplate.APPLICATION_PROGRESS),
    APPLICATION_WITHDRAWN(SubscribeTemplate.SEEKER_REPLY),
    INVITATION_RECEIVED(SubscribeTemplate.INVITATION),
    INVITATION_ACCEPTED(SubscribeTemplate.SEEKER_REPLY),
    INVITATION_DECLINED(SubscribeTemplate.SEEKER_REPLY);

    final SubscribeTemplate template;

    NoticeKind(SubscribeTemplate template) {
        this.template = template;
    }
}
