package cn.jiuweihai.silver.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subscribe message waiting for WeChat, written in the same transaction as its notice. */
@Entity
@Table(name = "notice_outbox")
class OutboxMessage {

    /** Where a message stands; SENDING rows belong to the instance named in claimedBy until the lease ends. */
    enum Status {
        PENDING, SENDING, SENT, REFUSED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "notice_id", nullable = false)
    long noticeId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "template_key", nullable = false)
    String templateKey;

    String page;

    @Column(nullable = false)
    String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_until")
    Instant claimedUntil;

    @Column(name = "last_error")
    Integer lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;
}
