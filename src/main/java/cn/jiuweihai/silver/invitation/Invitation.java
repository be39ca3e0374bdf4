package cn.jiuweihai.silver.invitation;

import cn.jiuweihai.silver.job.Job;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An employer's invitation of a seeker to one of its jobs (邀约); one per job and seeker. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    Job job;

    @Column(name = "seeker_id", nullable = false)
    long seekerId;

    @Column(name = "employer_id", nullable = false)
    long employerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InvitationStatus status;

    String message;

    @Column(name = "interview_at")
    Instant interviewAt;

    @Column(name = "interview_place")
    String interviewPlace;

    @Column(name = "invited_by", nullable = false)
    long invitedBy;

    @Column(name = "application_id")
    Long applicationId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "responded_at")
    Instant respondedAt;

    @Version
    int version;

    /** The status as of {@code now}: a sent invitation past its time is expired even before the sweep. */
    InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.SENT && !expiresAt.isAfter(now) ? InvitationStatus.EXPIRED : status;
    }
}
