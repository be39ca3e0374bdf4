package cn.jiuweihai.silver.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use code a member hands to a colleague so they can act for the employer too. */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employer_id", nullable = false)
    public Long employerId;

    @Column(nullable = false)
    public String code;

    @Column(name = "invited_by", nullable = false)
    public Long invitedBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "accepted_by")
    public Long acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
