package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.common.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registration in the silver talent registry and the seeker's own view of it. */
@ApplicationScoped
public class SeekerService {

    private final SeekerRepository seekers;
    private final SeekerRules rules;
    private final PhoneInput phones;
    private final String privacyVersion;

    SeekerService(SeekerRepository seekers, SeekerRules rules, PhoneInput phones,
            @ConfigProperty(name = "silver.privacy.current-version") String privacyVersion) {
        this.seekers = seekers;
        this.rules = rules;
        this.phones = phones;
        this.privacyVersion = privacyVersion;
    }

    public PrivacyNotice privacyNotice() {
        return new PrivacyNotice(privacyVersion, PrivacyNotice.TEXT);
    }

    /**
     * Checks everything it can first, then asks WeChat for the phone number (outside any
     * transaction, and only once nothing else stands in the way), then stores.
     */
    public SeekerProfile register(long userId, SeekerRequests.Registration request) {
        if (seekers.findByUser(userId).isPresent()) {
            throw alreadyRegistered();
        }
        requireCurrentPrivacyVersion(request.privacyVersion(), "privacyVersion");
        IdNumber idNumber = rules.idNumber(request.idNumber());
        rules.checkDistrict(request.districtCode());
        rules.checkDetails(request.details());
        seekers.findByIdHash(rules.idHash(idNumber)).filter(s -> s.userId != null).ifPresent(s -> {
            throw idNumberTaken();
        });

        ResolvedPhone phone = phones.resolve(request.phone(), request.phoneCode());
        return store(userId, request, idNumber, phone);
    }

    @Transactional
    SeekerProfile store(long userId, SeekerRequests.Registration request, IdNumber idNumber, ResolvedPhone phone) {
        Optional<Seeker> existing = seekers.findByIdHash(rules.idHash(idNumber));
        if (existing.isPresent()) {
            return claim(userId, existing.get(), request, phone);
        }
        Seeker seeker = rules.newSeeker(request.realName(), idNumber, phone, request.districtCode(), request.street());
        seeker.userId = userId;
        seeker.privacyVersion = privacyVersion;
        seeker.privacyAcceptedAt = seeker.createdAt;
        SeekerRules.applyDetails(seeker, request.details());
        seekers.persistAndFlush(seeker);
        Log.infof("Seeker %d registered by user %d", seeker.id, userId);
        return profileOf(seeker);
    }

    @Transactional
    public SeekerProfile profile(long userId) {
        return profileOf(require(userId));
    }

    public SeekerProfile update(long userId, SeekerRequests.Update request) {
        require(userId);
        rules.checkDistrict(request.districtCode());
        rules.checkDetails(request.details());
        ResolvedPhone phone = phones.resolve(request.phone(), request.phoneCode());
        return applyUpdate(userId, request, phone);
    }

    @Transactional
    SeekerProfile applyUpdate(long userId, SeekerRequests.Update request, ResolvedPhone phone) {
        Seeker seeker = require(userId);
        seeker.realName = request.realName().strip();
        rules.applyContact(seeker, phone, request.districtCode(), request.street());
        SeekerRules.applyDetails(seeker, request.details());
        seeker.updatedAt = Instant.now();
        seekers.flush();
        Log.infof("Seeker %d updated the registration", seeker.id);
        return profileOf(seeker);
    }

    @Transactional
    public SeekerProfile declarePriority(long userId, SeekerRequests.PriorityDeclaration declaration) {
        Seeker seeker = require(userId);
        rules.applyPriority(seeker, declaration);
        seeker.updatedAt = Instant.now();
        seekers.flush();
        Log.infof("Seeker %d changed the priority-group declaration", seeker.id);
        return profileOf(seeker);
    }

    /** The caller's registration, or a 403 asking them to register first. */
    public Seeker requireRegistered(long userId) {
        return seekers.findByUser(userId).orElseThrow(() -> ProblemException.forbidden("SEEKER_PROFILE_REQUIRED",
                "请先完成求职登记", "完成求职登记后才能投递岗位"));
    }

    /** What an employer sees of a candidate who applied to one of its jobs (contact included). */
    public Applicant applicant(long seekerId, boolean sharePhone) {
        return applicantOf(seekers.findById(seekerId), sharePhone);
    }

    /** The applicants behind a page of applications, read in one query; phones only where shared. */
    public Map<Long, Applicant> applicants(Collection<Long> seekerIds, Set<Long> sharePhoneWith) {
        if (seekerIds.isEmpty()) {
            return Map.of();
        }
        return seekers.list("id in ?1", seekerIds).stream().collect(Collectors.toMap(seeker -> seeker.id,
                seeker -> applicantOf(seeker, sharePhoneWith.contains(seeker.id))));
    }

    private Applicant applicantOf(Seeker seeker, boolean sharePhone) {
        if (seeker.status == SeekerEnums.Status.DEREGISTERED) {
            return new Applicant(seeker.id, Seeker.ERASED_NAME, null, ageOf(seeker), seeker.sex,
                    rules.districtName(seeker.districtCode));
        }
        String phone = sharePhone ? rules.decrypt(seeker.phoneCipher) : null;
        return new Applicant(seeker.id, seeker.realName, phone, ageOf(seeker), seeker.sex,
                rules.districtName(seeker.districtCode));
    }

    Seeker require(long userId) {
        return seekers.findByUser(userId).orElseThrow(() -> ProblemException.notFound("SEEKER_NOT_REGISTERED",
                "您还没有完成求职登记"));
    }

    void requireCurrentPrivacyVersion(String accepted, String field) {
        if (!privacyVersion.equals(accepted)) {
            throw ProblemException.invalidField("PRIVACY_VERSION_OUTDATED", field,
                    "隐私政策已更新，请重新阅读并同意后再登记");
        }
    }

    SeekerProfile profileOf(Seeker seeker) {
        return new SeekerProfile(seeker.id, seeker.realName, rules.decrypt(seeker.idNumberCipher),
                rules.decrypt(seeker.phoneCipher), seeker.phoneSource, seeker.birthDate, seeker.sex, ageOf(seeker),
                seeker.districtCode, rules.districtName(seeker.districtCode), seeker.street, rules.detailsOf(seeker),
                SeekerRules.sorted(seeker.priorityGroups), seeker.priorityConsentAt, seeker.channel,
                seeker.privacyVersion, seeker.privacyAcceptedAt, seeker.createdAt, seeker.updatedAt);
    }

    static int ageOf(Seeker seeker) {
        return Period.between(seeker.birthDate, Dates.today()).getYears();
    }

    static ProblemException idNumberTaken() {
        return ProblemException.conflict("SEEKER_ID_NUMBER_TAKEN", "已经登记过了",
                "这个身份证号码已经登记过，如有疑问请联系所在社区或人社部门");
    }

    /**
     * Someone staff registered logs in and registers themselves: the registration becomes theirs
     * when WeChat confirms they hold the phone number given to staff. A typed number proves
     * nothing (anyone who knows both numbers could type them), so it cannot claim.
     */
    private SeekerProfile claim(long userId, Seeker seeker, SeekerRequests.Registration request, ResolvedPhone phone) {
        if (seeker.userId != null) {
            throw idNumberTaken();
        }
        if (phone.source() != SeekerEnums.PhoneSource.WECHAT) {
            throw ProblemException.conflict("SEEKER_CLAIM_NEEDS_WECHAT_PHONE", "请验证手机号",
                    "工作人员已经为这个身份证号码办理了登记。请点“获取手机号”，用登记时留的手机号验证后即可使用");
        }
        if (!rules.samePhone(seeker, phone)) {
            throw idNumberTaken();
        }
        seeker.userId = userId;
        seeker.realName = request.realName().strip();
        rules.applyContact(seeker, phone, request.districtCode(), request.street());
        if (request.details() != null) {
            SeekerRules.applyDetails(seeker, request.details());
        }
        seeker.privacyVersion = privacyVersion;
        seeker.privacyAcceptedAt = Instant.now();
        seeker.updatedAt = seeker.privacyAcceptedAt;
        seekers.flush();
        Log.infof("Seeker %d claimed by user %d", seeker.id, userId);
        return profileOf(seeker);
    }

    private static ProblemException alreadyRegistered() {
        return ProblemException.conflict("SEEKER_ALREADY_REGISTERED", "已经登记过了",
                "您已经完成求职登记，可以在“我的”里修改信息");
    }
}
