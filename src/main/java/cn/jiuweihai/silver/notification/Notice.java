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

/** One line of a user's in-app notice list, read or not yet. */
@Entity
@Table(name = "notice")
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    NoticeKind kind;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String body;

    @Column(name = "ref_type", nullable = false)
    String refType;

    @Column(name = "ref_id", nullable = false)
    long refId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "read_at")
    Instant readAt;
}
