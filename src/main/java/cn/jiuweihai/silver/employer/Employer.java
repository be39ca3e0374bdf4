package cn.jiuweihai.silver.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organisation that hires (用人单位), verified by the bureau before it may publish. */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_type", nullable = false)
    public EmployerType employerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Industry industry;

    @Column(name = "silver_economy", nullable = false)
    public boolean silverEconomy;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(nullable = false)
    public String address;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_phone_cipher", nullable = false)
    public String contactPhoneCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "silver_segment")
    public SilverSegment silverSegment;

    @Column(name = "age_friendly", nullable = false)
    public boolean ageFriendly;

    @Column(name = "age_friendly_by")
    public Long ageFriendlyBy;

    @Column(name = "age_friendly_at")
    public Instant ageFriendlyAt;

    @Column(nullable = false)
    public int submissions = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    public VerificationStatus verificationStatus;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
