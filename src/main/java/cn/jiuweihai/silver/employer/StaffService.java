package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.common.HalfWidth;
import cn.jiuweihai.silver.common.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Several people act for one employer: the owner invites colleagues with a code that expires. */
@ApplicationScoped
class StaffService {

    static final String STAFF = "STAFF";
    /** No 0/O, 1/I/L, 2/Z, 5/S, 8/B or V/U: the code is often read out over the phone. */
    private static final String CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
    private static final int CODE_LENGTH = 10;
    private static final String JOIN_PAGE = "/pages/employer/join?code=";

    private final SecureRandom random = new SecureRandom();
    private final EmployerService employers;
    private final EmployerRepository repository;
    private final EntityManager em;
    private final Duration ttl;

    StaffService(EmployerService employers, EmployerRepository repository, EntityManager em,
            @ConfigProperty(name = "silver.employer.invitation-ttl", defaultValue = "P3D") Duration ttl) {
        this.employers = employers;
        this.repository = repository;
        this.em = em;
        this.ttl = ttl;
    }

    @Transactional
    StaffViews.Invitation invite(long userId, long employerId) {
        employers.requireOwner(userId, employerId);

        EmployerInvitation invitation = new EmployerInvitation();
        invitation.employerId = employerId;
        invitation.code = newCode();
        invitation.invitedBy = userId;
        invitation.createdAt = Instant.now();
        invitation.expiresAt = invitation.createdAt.plus(ttl);
        em.persist(invitation);
        Log.infof("Invitation %d to employer %d made by user %d", invitation.id, employerId, userId);
        return new StaffViews.Invitation(employerId, invitation.code, JOIN_PAGE + invitation.code,
                invitation.expiresAt);
    }

    @Transactional
    EmployerView accept(long userId, String rawCode) {
        EmployerInvitation invitation = find(normalize(rawCode));
        Instant now = Instant.now();
        if (invitation.acceptedBy != null) {
            throw ProblemException.conflict("INVITATION_USED", "邀请码已使用", "这个邀请码已经有人用过了，请向单位管理人员要一个新的");
        }
        if (!invitation.expiresAt.isAfter(now)) {
            throw ProblemException.conflict("INVITATION_EXPIRED", "邀请码已过期", "这个邀请码已经过期，请向单位管理人员要一个新的");
        }
        if (repository.roleOf(invitation.employerId, userId) != null) {
            throw ProblemException.conflict("ALREADY_MEMBER", "已经是单位成员", "您已经是这个单位的成员，无需再次加入");
        }

        invitation.acceptedBy = userId;
        invitation.acceptedAt = now;
        repository.addMember(invitation.employerId, userId, STAFF, now);
        Log.infof("User %d joined employer %d through invitation %d", userId, invitation.employerId, invitation.id);
        return employers.viewOf(repository.findById(invitation.employerId));
    }

    List<StaffViews.Member> members(long userId, long employerId) {
        employers.requireMember(userId, employerId);
        return repository.members(employerId).stream()
                .map(m -> new StaffViews.Member(m.userId, m.memberRole, m.createdAt)).toList();
    }

    private EmployerInvitation find(String code) {
        return em.createQuery("select i from EmployerInvitation i where i.code = :code", EmployerInvitation.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("INVITATION_NOT_FOUND", "邀请码不正确，请核对后重新输入"));
    }

    private static String normalize(String raw) {
        return HalfWidth.compact(raw).toUpperCase(Locale.ROOT);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
