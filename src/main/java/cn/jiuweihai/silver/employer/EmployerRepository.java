package cn.jiuweihai.silver.employer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Employers and their members. */
@ApplicationScoped
class EmployerRepository implements PanacheRepositoryBase<Employer, Long> {

    boolean creditCodeTaken(String creditCode) {
        return count("creditCode", creditCode) > 0;
    }

    boolean isMember(long employerId, long userId) {
        return getEntityManager().createQuery(
                        "select count(m) from EmployerMember m where m.employerId = :employer and m.userId = :user",
                        Long.class)
                .setParameter("employer", employerId).setParameter("user", userId)
                .getSingleResult() > 0;
    }

    /** The member's role at the employer, or null when not a member. */
    String roleOf(long employerId, long userId) {
        return getEntityManager().createQuery("select m.memberRole from EmployerMember m"
                        + " where m.employerId = :employer and m.userId = :user", String.class)
                .setParameter("employer", employerId).setParameter("user", userId)
                .getResultStream().findFirst().orElse(null);
    }

    List<EmployerMember> members(long employerId) {
        return getEntityManager().createQuery("select m from EmployerMember m where m.employerId = :employer"
                        + " order by m.createdAt, m.userId", EmployerMember.class)
                .setParameter("employer", employerId).getResultList();
    }

    boolean hasAnyMembership(long userId) {
        return getEntityManager().createQuery("select count(m) from EmployerMember m where m.userId = :user",
                        Long.class)
                .setParameter("user", userId).getSingleResult() > 0;
    }

    List<Employer> ofMember(long userId) {
        return list("id in (select m.employerId from EmployerMember m where m.userId = ?1)",
                Sort.by("id"), userId);
    }

    record Listing(List<Employer> items, long total) {
    }

    Listing byStatus(VerificationStatus status, String districtCode, int pageIndex, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            query.append(" and verificationStatus = :status");
            params.and("status", status);
        }
        if (districtCode != null) {
            query.append(" and districtCode = :district");
            params.and("district", districtCode);
        }
        var found = find(query.toString(), Sort.by("createdAt").and("id"), params);
        return new Listing(found.page(Page.of(pageIndex, size)).list(), found.count());
    }

    void addMember(long employerId, long userId, String role, java.time.Instant at) {
        EmployerMember member = new EmployerMember();
        member.employerId = employerId;
        member.userId = userId;
        member.memberRole = role;
        member.createdAt = at;
        getEntityManager().persist(member);
    }
}
