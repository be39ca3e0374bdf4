package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.FieldCipher;
import cn.jiuweihai.silver.common.PhoneNumber;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registration in the silver talent registry and the seeker's own view of it. */
@ApplicationScoped
public class SeekerService {

    private final SeekerRepository seekers;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final String privacyVersion;

    SeekerService(SeekerRepository seekers, FieldCipher cipher, ReferenceData reference,
            @ConfigProperty(name = "silver.privacy.current-version") String privacyVersion) {
        this.seekers = seekers;
        this.cipher = cipher;
        this.reference = reference;
        this.privacyVersion = privacyVersion;
    }

    public PrivacyNotice privacyNotice() {
        return new PrivacyNotice(privacyVersion, PrivacyNotice.TEXT);
    }

    @Transactional
    public SeekerProfile register(long userId, SeekerRequests.Registration request) {
        if (seekers.findByUser(userId).isPresent()) {
            throw alreadyRegistered();
        }
        if (!privacyVersion.equals(request.privacyVersion())) {
            throw ProblemException.invalidField("PRIVACY_VERSION_OUTDATED", "privacyVersion",
                    "隐私政策已更新，请重新阅读并同意后再登记");
        }
        IdNumber idNumber = IdNumber.parse(request.idNumber(), Dates.today());
        String phone = PhoneNumber.normalize(request.phone(), "phone");
        reference.requireDistrict(request.districtCode(), "districtCode");
        String idHash = cipher.lookupHash(idNumber.value());
        if (seekers.idNumberTaken(idHash)) {
            throw ProblemException.conflict("SEEKER_ID_NUMBER_TAKEN", "已经登记过了",
                    "这个身份证号码已经登记过，如有疑问请联系所在社区或人社部门");
        }

        Instant now = Instant.now();
        Seeker seeker = new Seeker();
        seeker.userId = userId;
        seeker.realName = request.realName().strip();
        seeker.idNumberCipher = cipher.encrypt(idNumber.value());
        seeker.idNumberHash = idHash;
        seeker.birthDate = idNumber.birthDate();
        seeker.sex = idNumber.sex();
        applyContact(seeker, phone, request.districtCode(), request.street());
        seeker.privacyVersion = privacyVersion;
        seeker.privacyAcceptedAt = now;
        seeker.createdAt = now;
        seeker.updatedAt = now;
        seekers.persistAndFlush(seeker);
        Log.infof("Seeker %d registered by user %d", seeker.id, userId);
        return profileOf(seeker);
    }

    public SeekerProfile profile(long userId) {
        return profileOf(require(userId));
    }

    @Transactional
    public SeekerProfile update(long userId, SeekerRequests.Update request) {
        Seeker seeker = require(userId);
        String phone = PhoneNumber.normalize(request.phone(), "phone");
        reference.requireDistrict(request.districtCode(), "districtCode");
        seeker.realName = request.realName().strip();
        applyContact(seeker, phone, request.districtCode(), request.street());
        seeker.updatedAt = Instant.now();
        seekers.flush();
        Log.infof("Seeker %d updated the registration", seeker.id);
        return profileOf(seeker);
    }

    /** The caller's registration, or a 403 asking them to register first. */
    public Seeker requireRegistered(long userId) {
        return seekers.findByUser(userId).orElseThrow(() -> ProblemException.forbidden("SEEKER_PROFILE_REQUIRED",
                "请先完成求职登记", "完成求职登记后才能投递岗位"));
    }

    /** What an employer sees of a candidate who applied to one of its jobs (contact included). */
    public Applicant applicant(long seekerId) {
        Seeker seeker = seekers.findById(seekerId);
        return new Applicant(seeker.id, seeker.realName, cipher.decrypt(seeker.phoneCipher), ageOf(seeker),
                seeker.sex, reference.districtName(seeker.districtCode));
    }

    private Seeker require(long userId) {
        return seekers.findByUser(userId).orElseThrow(() -> ProblemException.notFound("SEEKER_NOT_REGISTERED",
                "您还没有完成求职登记"));
    }

    private void applyContact(Seeker seeker, String phone, String districtCode, String street) {
        seeker.phoneCipher = cipher.encrypt(phone);
        seeker.phoneHash = cipher.lookupHash(phone);
        seeker.districtCode = districtCode;
        seeker.street = street == null || street.isBlank() ? null : street.strip();
    }

    private SeekerProfile profileOf(Seeker seeker) {
        return new SeekerProfile(seeker.id, seeker.realName, cipher.decrypt(seeker.idNumberCipher),
                cipher.decrypt(seeker.phoneCipher), seeker.birthDate, seeker.sex, ageOf(seeker),
                seeker.districtCode, reference.districtName(seeker.districtCode), seeker.street,
                seeker.privacyVersion, seeker.privacyAcceptedAt, seeker.createdAt, seeker.updatedAt);
    }

    private static int ageOf(Seeker seeker) {
        return Period.between(seeker.birthDate, Dates.today()).getYears();
    }

    private static ProblemException alreadyRegistered() {
        return ProblemException.conflict("SEEKER_ALREADY_REGISTERED", "已经登记过了",
                "您已经完成求职登记，可以在“我的”里修改信息");
    }
}
