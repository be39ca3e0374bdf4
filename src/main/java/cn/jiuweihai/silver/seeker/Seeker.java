package cn.jiuweihai.silver.seeker;

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
import java.time.LocalDate;

/**
 * A registration in the silver talent registry (银发人力资源登记). The ID and phone numbers are
 * stored only encrypted, with a keyed hash beside them for lookups.
 */
@Entity
@Table(name = "seeker")
public class Seeker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    public long userId;

    @Column(name = "real_name", nullable = false)
    public String realName;

    @Column(name = "id_number_cipher", nullable = false)
    public String idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, unique = true)
    public String idNumberHash;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "phone_cipher", nullable = false)
    public String phoneCipher;

    @Column(name = "phone_hash", nullable = false)
    public String phoneHash;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    public String street;

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
