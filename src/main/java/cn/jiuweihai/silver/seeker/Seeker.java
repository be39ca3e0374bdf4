package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.job.JobEnums;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A registration in the silver talent registry (银发人力资源登记). The ID and phone numbers are
 * stored only encrypted, with a keyed hash beside them for lookups. A deregistered row keeps only
 * what statistics need (birth year, sex, district) and no way back to the person.
 */
@Entity
@Table(name = "seeker")
public class Seeker {

    /** The name a deregistered registration keeps. */
    public static final String ERASED_NAME = "已注销";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The WeChat user who owns the registration; null when staff registered someone not yet claimed. */
    @Column(name = "user_id", unique = true)
    public Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeekerEnums.Status status = SeekerEnums.Status.ACTIVE;

    @Column(name = "real_name", nullable = false)
    public String realName;

    @Column(name = "id_number_cipher")
    public String idNumberCipher;

    @Column(name = "id_number_hash", unique = true)
    public String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "phone_hash")
    public String phoneHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "phone_source", nullable = false)
    public SeekerEnums.PhoneSource phoneSource = SeekerEnums.PhoneSource.MANUAL;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    public String street;

    @Column(name = "home_latitude")
    public BigDecimal homeLatitude;

    @Column(name = "home_longitude")
    public BigDecimal homeLongitude;

    /** Occupation id to years of experience. */
    @ElementCollection
    @CollectionTable(name = "seeker_occupation", joinColumns = @JoinColumn(name = "seeker_id"))
    @MapKeyColumn(name = "occupation_id")
    @Column(name = "years_experience", nullable = false)
    public Map<Integer, Integer> occupations = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "seeker_category", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public Set<JobEnums.Category> desiredCategories = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "seeker_employment_form", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_form", nullable = false)
    public Set<JobEnums.EmploymentForm> employmentForms = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "seeker_schedule", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false)
    public Set<SeekerEnums.ScheduleSlot> schedule = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "physical_capacity")
    public SeekerEnums.PhysicalCapacity physicalCapacity;

    @Column(name = "expected_pay")
    public Integer expectedPay;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_pay_unit")
    public JobEnums.PayUnit expectedPayUnit;

    @Column(name = "max_travel_km")
    public Integer maxTravelKm;

    @Column(name = "retired_professional", nullable = false)
    public boolean retiredProfessional;

    @Column(name = "former_profession")
    public String formerProfession;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level")
    public SeekerEnums.TitleLevel titleLevel;

    @Column(name = "title_name")
    public String titleName;

    /** Declared only with its own consent, given at {@link #priorityConsentAt}. */
    @ElementCollection
    @CollectionTable(name = "seeker_priority_group", joinColumns = @JoinColumn(name = "seeker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "priority_group", nullable = false)
    public Set<SeekerEnums.PriorityGroup> priorityGroups = new HashSet<>();

    @Column(name = "priority_consent_at")
    public Instant priorityConsentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeekerEnums.Channel channel = SeekerEnums.Channel.SELF;

    /** The staff account that registered the person on their behalf. */
    @Column(name = "assisted_by")
    public Long assistedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method")
    public SeekerEnums.ConsentMethod consentMethod;

    @Column(name = "consent_note")
    public String consentNote;

    @Column(name = "deregistered_at")
    public Instant deregisteredAt;

    @Column(name = "privacy_version", nullable = false)
    public String privacyVersion;

    @Column(name = "privacy_accepted_at", nullable = false)
    public Instant privacyAcceptedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
