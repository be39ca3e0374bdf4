package cn.jiuweihai.silver.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** A user's notices, newest first, and marking them read. */
@ApplicationScoped
class NoticeRepository implements PanacheRepositoryBase<Notice, Long> {

    record Found(List<Notice> items, long total) {
    }

    Found ofUser(long userId, boolean unreadOnly, int offset, int size) {
        String where = "userId = ?1" + (unreadOnly ? " and readAt is null" : "");
        List<Notice> items = find(where + " order by id desc", userId).range(offset, offset + size - 1).list();
        return new Found(items, count(where, userId));
    }

    long unread(long userId) {
        return count("userId = ?1 and readAt is null", userId);
    }

    int markRead(long userId, long noticeId, Instant now) {
        return update("readAt = ?1 where id = ?2 and userId = ?3 and readAt is null", now, noticeId, userId);
    }

    boolean exists(long userId, long noticeId) {
        return count("id = ?1 and userId = ?2", noticeId, userId) > 0;
    }

    int markAllRead(long userId, Instant now) {
        return update("readAt = ?1 where userId = ?2 and readAt is null", now, userId);
    }

    /** Every member of an employer: each hears about the employer's applications. */
    @SuppressWarnings("unchecked")
    List<Long> membersOf(long employerId) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select user_id from employer_member where employer_id = ?1 order by user_id")
                .setParameter(1, employerId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
