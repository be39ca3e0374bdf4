package cn.jiuweihai.silver.notification;

import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A user's own notices and the WeChat subscriptions the mini-program reports. */
@ApplicationScoped
class NoticeService {

    private static final String ACCEPT = "accept";

    private final NoticeRepository notices;
    private final SubscriptionRepository subscriptions;
    private final NotificationConfig config;

    NoticeService(NoticeRepository notices, SubscriptionRepository subscriptions, NotificationConfig config) {
        this.notices = notices;
        this.subscriptions = subscriptions;
        this.config = config;
    }

    PageResult<NoticeViews.Item> list(long userId, boolean unreadOnly, PageParams paging) {
        NoticeRepository.Found found = notices.ofUser(userId, unreadOnly, paging.offset(), paging.size());
        return new PageResult<>(found.items().stream().map(NoticeService::itemOf).toList(), paging.page(),
                paging.size(), found.total());
    }

    NoticeViews.Unread unread(long userId) {
        return new NoticeViews.Unread(notices.unread(userId));
    }

    @Transactional
    void markRead(long userId, long noticeId) {
        if (notices.markRead(userId, noticeId, Instant.now()) == 0 && !notices.exists(userId, noticeId)) {
            throw ProblemException.notFound("NOTICE_NOT_FOUND", "这条消息不存在");
        }
    }

    @Transactional
    NoticeViews.Unread markAllRead(long userId) {
        notices.markAllRead(userId, Instant.now());
        return new NoticeViews.Unread(0);
    }

    List<NoticeViews.Template> templates() {
        return config.templates().entrySet().stream()
                .filter(e -> SubscribeTemplate.byKey(e.getKey()) != null)
                .map(e -> new NoticeViews.Template(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .toList();
    }

    @Transactional
    NoticeViews.Granted subscribe(long userId, NoticeViews.Report report) {
        Instant now = Instant.now();
        List<String> granted = new ArrayList<>();
        for (NoticeViews.Template template : templates()) {
            if (ACCEPT.equals(report.results().get(template.templateId()))) {
                subscriptions.grant(userId, template.key(), now);
                granted.add(template.key());
            }
        }
        Log.infof("User %d allowed %d subscribe-message templates", userId, granted.size());
        return new NoticeViews.Granted(granted);
    }

    private static NoticeViews.Item itemOf(Notice n) {
        return new NoticeViews.Item(n.id, n.kind, n.title, n.body, n.refType, n.refId, n.readAt != null,
                n.createdAt, n.readAt);
    }
}
