package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.common.FieldCipher;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.PhoneNumber;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Employer registration, membership and verification by the bureau. */
@ApplicationScoped
public class EmployerService {

    static final String OWNER = "OWNER";

    private final EmployerRepository employers;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final Event<EmployerChanged> changed;

    EmployerService(EmployerRepository employers, FieldCipher cipher, ReferenceData reference,
            Event<EmployerChanged> changed) {
        this.employers = employers;
        this.cipher = cipher;
        this.reference = reference;
        this.changed = changed;
    }

    @Transactional
    public EmployerView register(long userId, EmployerRequests.Registration request) {
        String creditCode = checked(request);
        if (employers.creditCodeTaken(creditCode)) {
            throw creditCodeTaken();
        }

        Instant now = Instant.now();
        Employer employer = new Employer();
        fill(employer, request, creditCode);
        employer.verificationStatus = VerificationStatus.PENDING;
        employer.createdAt = now;
        employer.updatedAt = now;
        employers.persistAndFlush(employer);
        employers.addMember(employer.id, userId, OWNER, now);
        Log.infof("Employer %d registered by user %d, awaiting verification", employer.id, userId);
        return viewOf(employer);
    }

    /** Corrects a rejected (or still pending) registration and puts it back in the staff's queue. */
    @Transactional
    public EmployerView resubmit(long userId, long employerId, EmployerRequests.Registration request) {
        Employer employer = requireOwner(userId, employerId);
        if (employer.verificationStatus == VerificationStatus.VERIFIED) {
            throw ProblemException.conflict("EMPLOYER_ALREADY_VERIFIED", "单位已认证",
                    "单位已通过认证，如需变更登记信息请联系所在区市人社部门");
        }
        String creditCode = checked(request);
        if (!creditCode.equals(employer.creditCode) && employers.creditCodeTaken(creditCode)) {
            throw creditCodeTaken();
        }

        fill(employer, request, creditCode);
        employer.submissions += employer.verificationStatus == VerificationStatus.REJECTED ? 1 : 0;
        employer.verificationStatus = VerificationStatus.PENDING;
        employer.rejectionReason = null;
        employer.updatedAt = Instant.now();
        employers.flush();
        changed.fire(new EmployerChanged(employerId));
        Log.infof("Employer %d resubmitted for verification (submission %d)", employerId, employer.submissions);
        return viewOf(employer);
    }

    /** Grants or withdraws the age-friendly employer mark; only verified employers can hold it. */
    @Transactional
    public EmployerView markAgeFriendly(long employerId, long adminId, String adminDistrict, boolean granted) {
        Employer employer = requireInScope(employerId, adminDistrict);
        if (granted && employer.verificationStatus != VerificationStatus.VERIFIED) {
            throw ProblemException.conflict("EMPLOYER_NOT_VERIFIED", "单位尚未认证", "只有已认证的单位可以获评优质适老就业企业");
        }

        employer.ageFriendly = granted;
        employer.ageFriendlyBy = adminId;
        employer.ageFriendlyAt = Instant.now();
        employer.updatedAt = employer.ageFriendlyAt;
        employers.flush();
        changed.fire(new EmployerChanged(employerId));
        Log.infof("Employer %d age-friendly mark %s by staff %d", employerId, granted ? "granted" : "withdrawn",
                adminId);
        return viewOf(employer);
    }

    public List<EmployerView> mine(long userId) {
        return employers.ofMember(userId).stream().map(this::viewOf).toList();
    }

    /** The employer the user acts for; 403 when they are not one of its members. */
    public Employer requireMember(long userId, long employerId) {
        Employer employer = employers.findById(employerId);
        if (employer == null || !employers.isMember(employerId, userId)) {
            throw ProblemException.forbidden("EMPLOYER_MEMBER_REQUIRED", "没有权限",
                    "您不是这个用人单位的成员，不能进行这项操作");
        }
        return employer;
    }

    /** As {@link #requireMember}, and the employer must be verified to publish. */
    public Employer requireVerifiedMember(long userId, long employerId) {
        Employer employer = requireMember(userId, employerId);
        if (employer.verificationStatus == VerificationStatus.REJECTED) {
            throw ProblemException.forbidden("EMPLOYER_NOT_VERIFIED", "单位未通过审核",
                    "单位未通过人社部门审核，暂时不能招聘；请按驳回原因修改单位信息后重新提交");
        }
        if (employer.verificationStatus != VerificationStatus.VERIFIED) {
            throw ProblemException.forbidden("EMPLOYER_NOT_VERIFIED", "单位尚未认证",
                    "单位通过人社部门审核后才能招聘，请耐心等待审核结果");
        }
        return employer;
    }

    boolean isAnyMember(long userId) {
        return employers.hasAnyMembership(userId);
    }

    PageResult<EmployerView> listForReview(VerificationStatus status, String adminDistrict, PageParams paging) {
        EmployerRepository.Listing listing = employers.byStatus(status, adminDistrict, paging.page() - 1,
                paging.size());
        List<EmployerView> items = listing.items().stream().map(this::viewOf).toList();
        return new PageResult<>(items, paging.page(), paging.size(), listing.total());
    }

    @Transactional
    public EmployerView decide(long employerId, long adminId, String adminDistrict,
            EmployerRequests.Decision decision) {
        Employer employer = requireInScope(employerId, adminDistrict);
        if (decision.decision() == VerificationStatus.PENDING) {
            throw ProblemException.invalidField("VERIFICATION_DECISION_INVALID", "decision", "请选择通过或驳回");
        }
        boolean rejecting = decision.decision() == VerificationStatus.REJECTED;
        if (rejecting && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.invalidField("VERIFICATION_REASON_REQUIRED", "reason", "驳回时请写明原因，方便单位修改");
        }

        employer.verificationStatus = decision.decision();
        employer.rejectionReason = rejecting ? decision.reason().strip() : null;
        employer.reviewedBy = adminId;
        employer.reviewedAt = Instant.now();
        employer.updatedAt = employer.reviewedAt;
        employer.ageFriendly = employer.ageFriendly && !rejecting;
        employers.flush();
        changed.fire(new EmployerChanged(employerId));
        Log.infof("Employer %d %s by staff %d", employer.id, employer.verificationStatus, adminId);
        return viewOf(employer);
    }

    /** The employer, when the user is its owner (the member who registered it). */
    Employer requireOwner(long userId, long employerId) {
        Employer employer = requireMember(userId, employerId);
        if (!OWNER.equals(employers.roleOf(employerId, userId))) {
            throw ProblemException.forbidden("EMPLOYER_OWNER_REQUIRED", "没有权限", "只有单位的管理人员可以进行这项操作");
        }
        return employer;
    }

    private Employer requireInScope(long employerId, String adminDistrict) {
        Employer employer = employers.findByIdOptional(employerId)
                .orElseThrow(() -> ProblemException.notFound("EMPLOYER_NOT_FOUND", "这个用人单位不存在"));
        if (adminDistrict != null && !adminDistrict.equals(employer.districtCode)) {
            throw ProblemException.forbidden("OUTSIDE_ADMIN_DISTRICT", "不在您的管辖范围",
                    "这个单位不在您负责的区市，请由所在区市的工作人员处理");
        }
        return employer;
    }

    /** Checks what a registration says; answers the normalised credit code. */
    private String checked(EmployerRequests.Registration request) {
        String creditCode = CreditCode.normalize(request.creditCode());
        PhoneNumber.normalize(request.contactPhone(), "contactPhone");
        reference.requireDistrict(request.districtCode(), "districtCode");
        if (request.silverEconomy() && request.silverSegment() == null) {
            throw ProblemException.invalidField("EMPLOYER_SEGMENT_REQUIRED", "silverSegment", "银发经济企业请选择细分领域");
        }
        if (!request.silverEconomy() && request.silverSegment() != null) {
            throw ProblemException.invalidField("EMPLOYER_SEGMENT_UNEXPECTED", "silverSegment",
                    "不是银发经济企业时不用选择细分领域");
        }
        return creditCode;
    }

    private void fill(Employer employer, EmployerRequests.Registration request, String creditCode) {
        employer.name = request.name().strip();
        employer.creditCode = creditCode;
        employer.employerType = request.employerType();
        employer.industry = request.industry();
        employer.silverEconomy = request.silverEconomy();
        employer.silverSegment = request.silverSegment();
        employer.districtCode = request.districtCode();
        employer.address = request.address().strip();
        employer.contactName = request.contactName().strip();
        employer.contactPhoneCipher = cipher.encrypt(PhoneNumber.normalize(request.contactPhone(), "contactPhone"));
    }

    private static ProblemException creditCodeTaken() {
        return ProblemException.conflict("EMPLOYER_CREDIT_CODE_TAKEN", "单位已注册",
                "这个统一社会信用代码已经注册过，请联系本单位的管理人员邀请您加入");
    }

    EmployerView viewOf(Employer employer) {
        return new EmployerView(employer.id, employer.name, employer.creditCode, employer.employerType,
                employer.industry, employer.silverEconomy, employer.silverSegment, employer.ageFriendly,
                employer.districtCode, reference.districtName(employer.districtCode), employer.address,
                employer.contactName, cipher.decrypt(employer.contactPhoneCipher), employer.verificationStatus,
                employer.rejectionReason, employer.submissions, employer.createdAt);
    }
}
