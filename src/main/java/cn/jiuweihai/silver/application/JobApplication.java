package cn.jiuweihai.silver.application;

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

/** A seeker's application to a job (投递); one per seeker and job. */
@Entity
@Table(name = "job_application")
public class JobApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    public Job job;

    @Column(name = "seeker_id", nullable = false)
    public long seekerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** APPLIED by the seeker, or INVITED when it came from an accepted invitation. */
    @Column(nullable = false)
    public String origin = "APPLIED";

    @Column(name = "employer_note")
    public String employerNote;

    @Column(name = "interview_at")
    public Instant interviewAt;

    @Column(name = "interview_place")
    public String interviewPlace;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
