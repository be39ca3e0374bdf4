package cn.jiuweihai.silver.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an application: who made it, from which status to which, and when. */
@Entity
@Table(name = "application_event")
class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "application_id", nullable = false)
    long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    ApplicationStatus toStatus;

    @Column(name = "actor_user_id", nullable = false)
    long actorUserId;

    /** SEEKER or EMPLOYER: in which role the actor moved the application. */
    @Column(name = "actor_role")
    String actorRole;

    String note;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
