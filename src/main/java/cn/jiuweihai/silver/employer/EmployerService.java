package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.common.FieldCipher;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.PhoneNumber;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.reference.ReferenceData;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
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

    EmployerService(EmployerRepository employers, FieldCipher cipher, ReferenceData reference) {
        this.employers = employers;
        this.cipher = cipher;
        this.reference = reference;
    }

    @Transactional
    public EmployerView register(long userId, EmployerRequests.Registration request) {
        String creditCode = CreditCode.normalize(request.creditCode());
        String phone = PhoneNumber.normalize(request.contactPhone(), "contactPhone");
        reference.requireDistrict(request.districtCode(), "districtCode");
        if (employers.creditCodeTaken(creditCode)) {
            throw ProblemException.conflict("EMPLOYER_CREDIT_CODE_TAKEN", "单位已注册",
                    "这个统一社会信用代码已经注册过，请联系本单位的管理人员邀请您加入");
        }

        Instant now = Instant.now();
        Employer employer = new Employer();
        employer.name = request.name().strip();
        employer.creditCode = creditCode;
        employer.employerType = request.employerType();
        employer.industry = request.industry();
        employer.silverEconomy = request.silverEconomy();
        employer.districtCode = request.districtCode();
        employer.address = request.address().strip();
        employer.contactName = request.contactName().strip();
        employer.contactPhoneCipher = cipher.encrypt(phone);
        employer.verificationStatus = VerificationStatus.PENDING;
        employer.createdAt = now;
        employer.updatedAt = now;
        employers.persistAndFlush(employer);
        employers.addMember(employer.id, userId, OWNER, now);
        Log.infof("Employer %d registered by user %d, awaiting verification", employer.id, userId);
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
        if (employer.verificationStatus != VerificationStatus.VERIFIED) {
            throw ProblemException.forbidden("EMPLOYER_NOT_VERIFIED", "单位尚未认证",
                    "单位通过人社部门审核后才能发布岗位，请耐心等待审核结果");
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
        Employer employer = employers.findByIdOptional(employerId)
                .orElseThrow(() -> ProblemException.notFound("EMPLOYER_NOT_FOUND", "这个用人单位不存在"));
        if (adminDistrict != null && !adminDistrict.equals(employer.districtCode)) {
            throw ProblemException.forbidden("OUTSIDE_ADMIN_DISTRICT", "不在您的管辖范围",
                    "这个单位不在您负责的区市，请由所在区市的工作人员审核");
        }
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
        employers.flush();
        Log.infof("Employer %d %s by staff %d", employer.id, employer.verificationStatus, adminId);
        return viewOf(employer);
    }

    private EmployerView viewOf(Employer employer) {
        return new EmployerView(employer.id, employer.name, employer.creditCode, employer.employerType,
                employer.industry, employer.silverEconomy, employer.districtCode,
                reference.districtName(employer.districtCode), employer.address, employer.contactName,
                cipher.decrypt(employer.contactPhoneCipher), employer.verificationStatus, employer.rejectionReason,
                employer.createdAt);
    }
}
