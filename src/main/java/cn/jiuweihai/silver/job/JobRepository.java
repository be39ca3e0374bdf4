package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.employer.VerificationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Job queries: the public search and an employer's own list. */
@ApplicationScoped
class JobRepository implements PanacheRepositoryBase<Job, Long> {

    /** LIKE escape character; '!' rather than '\' because MySQL reads '\' inside string literals. */
    private static final char ESCAPE = '!';

    record Found(List<Job> items, long total) {
    }

    Found searchPublished(JobSearch search, LocalDate today, int offset, int size) {
        StringBuilder where = new StringBuilder(" where j.status = :status and j.validUntil >= :today"
                + " and e.verificationStatus = :verified");
        Map<String, Object> params = new HashMap<>();
        params.put("status", JobEnums.Status.PUBLISHED);
        params.put("today", today);
        params.put("verified", VerificationStatus.VERIFIED);
        if (search.keywordOrNull() != null) {
            where.append(" and (j.title like :kw escape '!' or j.description like :kw escape '!'"
                    + " or e.name like :kw escape '!')");
            params.put("kw", "%" + escapeLike(search.keywordOrNull()) + "%");
        }
        if (search.districtCode != null) {
            where.append(" and j.districtCode = :district");
            params.put("district", search.districtCode);
        }
        if (search.category != null) {
            where.append(" and j.category = :category");
            params.put("category", search.category);
        }
        if (search.zone == JobEnums.Zone.SILVER_TALENT) {
            where.append(" and j.zoneSilverTalent = true");
        } else if (search.zone == JobEnums.Zone.SILVER_ECONOMY) {
            where.append(" and j.zoneSilverEconomy = true");
        }

        TypedQuery<Job> page = getEntityManager().createQuery(
                "select j from Job j join fetch j.employer e" + where + " order by j.publishedAt desc, j.id desc",
                Job.class);
        TypedQuery<Long> count = getEntityManager().createQuery(
                "select count(j) from Job j join j.employer e" + where, Long.class);
        params.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Job> items = page.setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count.getSingleResult());
    }

    Found ofEmployer(long employerId, int offset, int size) {
        List<Job> items = getEntityManager().createQuery(
                        "select j from Job j join fetch j.employer where j.employer.id = :employer"
                                + " order by j.createdAt desc, j.id desc", Job.class)
                .setParameter("employer", employerId)
                .setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(items, count("employer.id", employerId));
    }

    Optional<Job> findWithEmployer(long id) {
        return getEntityManager().createQuery("select j from Job j join fetch j.employer where j.id = :id", Job.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    static String escapeLike(String keyword) {
        StringBuilder out = new StringBuilder(keyword.length());
        for (char c : keyword.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
