package cn.jiuweihai.silver.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Tells people what happened. Called inside the transaction of the event itself: the in-app
 * notice and, when the user subscribed to the template, the outbox row commit or roll back
 * with it. Nothing here talks to WeChat; {@link NoticeSender} does, later.
 */
@ApplicationScoped
public class Notices {

    private final NoticeRepository notices;
    private final OutboxRepository outbox;
    private final SubscriptionRepository subscriptions;
    private final NotificationConfig config;
    private final ObjectMapper json;

    Notices(NoticeRepository notices, OutboxRepository outbox, SubscriptionRepository subscriptions,
            NotificationConfig config, ObjectMapper json) {
        this.notices = notices;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.config = config;
        this.json = json;
    }

    /** Tells one user. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long userId, NoticeDraft draft) {
        Instant now = Instant.now();
        Notice notice = save(userId, draft, now);
        String templateKey = draft.kind().template.key;
        if (config.templates().containsKey(templateKey) && subscriptions.use(userId, templateKey, now)) {
            queue(notice, draft, now);
        }
        Log.infof("Notice %d (%s) for user %d", notice.id, draft.kind(), userId);
    }

    /** Tells every member of an employer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellEmployer(long employerId, NoticeDraft draft) {
        notices.membersOf(employerId).forEach(userId -> tell(userId, draft));
    }

    /** An instant as WeChat's time fields take it (yyyy-MM-dd HH:mm, Weihai time). */
    public static String wechatTime(Instant instant) {
        return WeChatFields.time(instant);
    }

    private Notice save(long userId, NoticeDraft draft, Instant now) {
        Notice notice = new Notice();
        notice.userId = userId;
        notice.kind = draft.kind();
        notice.title = draft.title();
        notice.body = draft.body();
        notice.refType = draft.refType();
        notice.refId = draft.refId();
        notice.createdAt = now;
        notices.persist(notice);
        notices.flush();
        return notice;
    }

    private void queue(Notice notice, NoticeDraft draft, Instant now) {
        Map<String, String> data = WeChatFields.fill(draft.kind().template, draft.fieldValues());
        OutboxMessage message = new OutboxMessage();
        message.noticeId = notice.id;
        message.userId = notice.userId;
        message.templateKey = draft.kind().template.key;
        message.page = draft.page();
        message.payload = toJson(data);
        message.status = OutboxMessage.Status.PENDING;
        message.nextAttemptAt = now;
        message.createdAt = now;
        outbox.persist(message);
    }

    private String toJson(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template fields are plain strings", e);
        }
    }
}
