package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.employer.Employer;
import cn.jiuweihai.silver.wechat.TextVerdict;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A vacancy (岗位). Age-friendly features are columns of their own so each can be filtered on. */
@Entity
@Table(name = "job")
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id")
    public Employer employer;

    @Column(nullable = false)
    public String title;

    @Column(name = "occupation_id")
    public Integer occupationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobEnums.Category category;

    @Column(nullable = false)
    public String description;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(nullable = false)
    public String address;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "pay_min", nullable = false)
    public int payMin;

    @Column(name = "pay_max", nullable = false)
    public int payMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_unit", nullable = false)
    public JobEnums.PayUnit payUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_form", nullable = false)
    public JobEnums.EmploymentForm employmentForm;

    @Column(name = "work_schedule", nullable = false)
    public String schedule;

    @Column(nullable = false)
    public int headcount;

    @Column(name = "age_min")
    public Integer ageMin;

    @Column(name = "age_max")
    public Integer ageMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "physical_demand", nullable = false)
    public JobEnums.PhysicalDemand physicalDemand;

    @Column(name = "seated_work", nullable = false)
    public boolean seatedWork;

    @Column(name = "no_night_shift", nullable = false)
    public boolean noNightShift;

    @Column(name = "flexible_hours", nullable = false)
    public boolean flexibleHours;

    @Column(name = "near_transit", nullable = false)
    public boolean nearTransit;

    @Column(name = "meals_provided", nullable = false)
    public boolean mealsProvided;

    @Column(name = "training_provided", nullable = false)
    public boolean trainingProvided;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobEnums.Protection protection;

    @Column(name = "zone_silver_talent", nullable = false)
    public boolean zoneSilverTalent;

    @Column(name = "zone_silver_economy", nullable = false)
    public boolean zoneSilverEconomy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobEnums.Status status;

    @Column(name = "pay_monthly_min")
    public Integer payMonthlyMin;

    @Column(name = "pay_monthly_max")
    public Integer payMonthlyMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_verdict")
    public TextVerdict contentVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_cause")
    public JobEnums.ReviewCause reviewCause;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    Set<JobEnums.Feature> features() {
        Set<JobEnums.Feature> features = EnumSet.noneOf(JobEnums.Feature.class);
        addIf(features, seatedWork, JobEnums.Feature.SEATED_WORK);
        addIf(features, noNightShift, JobEnums.Feature.NO_NIGHT_SHIFT);
        addIf(features, flexibleHours, JobEnums.Feature.FLEXIBLE_HOURS);
        addIf(features, nearTransit, JobEnums.Feature.NEAR_TRANSIT);
        addIf(features, mealsProvided, JobEnums.Feature.MEALS_PROVIDED);
        addIf(features, trainingProvided, JobEnums.Feature.TRAINING_PROVIDED);
        return features;
    }

    void setFeatures(Set<JobEnums.Feature> features) {
        seatedWork = features.contains(JobEnums.Feature.SEATED_WORK);
        noNightShift = features.contains(JobEnums.Feature.NO_NIGHT_SHIFT);
        flexibleHours = features.contains(JobEnums.Feature.FLEXIBLE_HOURS);
        nearTransit = features.contains(JobEnums.Feature.NEAR_TRANSIT);
        mealsProvided = features.contains(JobEnums.Feature.MEALS_PROVIDED);
        trainingProvided = features.contains(JobEnums.Feature.TRAINING_PROVIDED);
    }

    Set<JobEnums.Zone> zones() {
        Set<JobEnums.Zone> zones = EnumSet.noneOf(JobEnums.Zone.class);
        addIf(zones, zoneSilverTalent, JobEnums.Zone.SILVER_TALENT);
        addIf(zones, zoneSilverEconomy, JobEnums.Zone.SILVER_ECONOMY);
        return zones;
    }

    private static <E> void addIf(Set<E> set, boolean present, E value) {
        if (present) {
            set.add(value);
        }
    }
}
