package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.FieldCipher;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.OccupationView;
import cn.jiuweihai.silver.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every registration obeys, however it arrives (the seeker, staff beside them, a row of
 * an uploaded file), and the copying of a registration's details to and from the entity.
 */
@ApplicationScoped
class SeekerRules {

    private final FieldCipher cipher;
    private final ReferenceData reference;

    SeekerRules(FieldCipher cipher, ReferenceData reference) {
        this.cipher = cipher;
        this.reference = reference;
    }

    IdNumber idNumber(String raw) {
        return IdNumber.parse(raw, Dates.today());
    }

    void checkDistrict(String districtCode) {
        reference.requireDistrict(districtCode, "districtCode");
    }

    /** Every occupation must be in the list, and each at most once. */
    void checkDetails(SeekerDetails details) {
        if (details == null || details.occupations() == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (SeekerDetails.Experience experience : details.occupations()) {
            reference.requireOccupation(experience.occupationId(), "details.occupations");
            if (!seen.add(experience.occupationId())) {
                throw ProblemException.invalidField("SEEKER_OCCUPATION_REPEATED", "details.occupations",
                        "同一个工种只需要填一次");
            }
        }
    }

    String idHash(IdNumber idNumber) {
        return cipher.lookupHash(idNumber.value());
    }

    /** A new registration with identity and contact set; the caller adds how it came in. */
    Seeker newSeeker(String realName, IdNumber idNumber, ResolvedPhone phone, String districtCode, String street) {
        Instant now = Instant.now();
        Seeker seeker = new Seeker();
        seeker.realName = realName.strip();
        seeker.idNumberCipher = cipher.encrypt(idNumber.value());
        seeker.idNumberHash = idHash(idNumber);
        seeker.birthDate = idNumber.birthDate();
        seeker.sex = idNumber.sex();
        applyContact(seeker, phone, districtCode, street);
        seeker.createdAt = now;
        seeker.updatedAt = now;
        return seeker;
    }

    void applyContact(Seeker seeker, ResolvedPhone phone, String districtCode, String street) {
        seeker.phoneCipher = cipher.encrypt(phone.number());
        seeker.phoneHash = cipher.lookupHash(phone.number());
        seeker.phoneSource = phone.source();
        seeker.districtCode = districtCode;
        seeker.street = blankToNull(street);
    }

    boolean samePhone(Seeker seeker, ResolvedPhone phone) {
        return cipher.lookupHash(phone.number()).equals(seeker.phoneHash);
    }

    /** Replaces the details with {@code details}; null clears them. */
    static void applyDetails(Seeker seeker, SeekerDetails details) {
        SeekerDetails d = details == null ? SeekerDetails.empty() : details;
        seeker.occupations.clear();
        if (d.occupations() != null) {
            d.occupations().forEach(e -> seeker.occupations.put(e.occupationId(), e.years()));
        }
        replace(seeker.desiredCategories, d.desiredCategories());
        replace(seeker.employmentForms, d.employmentForms());
        replace(seeker.schedule, d.schedule());
        seeker.physicalCapacity = d.physicalCapacity();
        seeker.expectedPay = d.expectedPay() == null ? null : d.expectedPay().amount();
        seeker.expectedPayUnit = d.expectedPay() == null ? null : d.expectedPay().unit();
        seeker.maxTravelKm = d.maxTravelKm();
        seeker.homeLatitude = d.homeLocation() == null ? null : d.homeLocation().latitude();
        seeker.homeLongitude = d.homeLocation() == null ? null : d.homeLocation().longitude();
        applyRetired(seeker, d.retiredProfessional());
    }

    /** Records a priority-group declaration, which stands only with its own consent. */
    void applyPriority(Seeker seeker, SeekerRequests.PriorityDeclaration declaration) {
        if (declaration == null || declaration.groups() == null || declaration.groups().isEmpty()) {
            seeker.priorityGroups.clear();
            seeker.priorityConsentAt = null;
            return;
        }
        if (!Boolean.TRUE.equals(declaration.consent())) {
            throw ProblemException.invalidField("PRIORITY_CONSENT_REQUIRED", "consent",
                    "申报重点群体需要本人另外同意，请勾选同意后再提交");
        }
        replace(seeker.priorityGroups, declaration.groups());
        seeker.priorityConsentAt = Instant.now();
    }

    SeekerDetails detailsOf(Seeker seeker) {
        List<SeekerDetails.Experience> experience = new ArrayList<>();
        seeker.occupations.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> experience.add(new SeekerDetails.Experience(e.getKey(), occupationName(e.getKey()),
                        e.getValue())));
        SeekerDetails.ExpectedPay pay = seeker.expectedPay == null ? null
                : new SeekerDetails.ExpectedPay(seeker.expectedPay, seeker.expectedPayUnit);
        SeekerDetails.Location location = seeker.homeLatitude == null ? null
                : new SeekerDetails.Location(seeker.homeLatitude, seeker.homeLongitude);
        SeekerDetails.RetiredProfessional retired = !seeker.retiredProfessional ? null
                : new SeekerDetails.RetiredProfessional(seeker.formerProfession, seeker.titleLevel, seeker.titleName);
        return new SeekerDetails(experience, sorted(seeker.desiredCategories), sorted(seeker.employmentForms),
                sorted(seeker.schedule), seeker.physicalCapacity, pay, seeker.maxTravelKm, location, retired);
    }

    String districtName(String code) {
        return reference.districtName(code);
    }

    String occupationName(Integer id) {
        OccupationView occupation = reference.occupation(id);
        return occupation == null ? null : occupation.name();
    }

    String decrypt(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    private static void applyRetired(Seeker seeker, SeekerDetails.RetiredProfessional retired) {
        seeker.retiredProfessional = retired != null;
        seeker.formerProfession = retired == null ? null : retired.formerProfession().strip();
        seeker.titleLevel = retired == null ? null : retired.titleLevel();
        seeker.titleName = retired == null ? null : blankToNull(retired.titleName());
    }

    private static <E> void replace(Set<E> target, Set<E> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    static <E extends Enum<E>> Set<E> sorted(Set<E> values) {
        return new LinkedHashSet<>(values.stream().sorted().toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
