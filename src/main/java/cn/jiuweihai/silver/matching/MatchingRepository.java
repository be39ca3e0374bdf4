package cn.jiuweihai.silver.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a recommendation scores, read as plain columns. Each pool is a few bounded queries
 * that an index serves (own district, wanted categories or the job's occupation, newest), so
 * the work per request stays the same however many jobs and seekers there are.
 */
@ApplicationScoped
class MatchingRepository {

    static final String JOB_COLUMNS = "select j.id, j.district_code, j.latitude, j.longitude, j.occupation_id,"
            + " o.name, j.category, j.employment_form, j.work_schedule, j.physical_demand, j.pay_min, j.pay_max,"
            + " j.pay_unit, j.age_min, j.age_max, j.seated_work, j.no_night_shift, j.flexible_hours,"
            + " j.near_transit, j.meals_provided, j.training_provided, j.title, e.name"
            + " from job j join employer e on e.id = j.employer_id left join occupation o on o.id = j.occupation_id";
    private static final String OPEN_JOB = " where j.status = 'PUBLISHED' and j.valid_until >= ?1"
            + " and e.verification_status = 'VERIFIED' and (j.age_min is null or j.age_min <= ?2)"
            + " and (j.age_max is null or j.age_max >= ?2)"
            + " and not exists (select 1 from job_application a where a.job_id = j.id and a.seeker_id = ?3)";
    private static final String NEWEST_JOBS = " order by j.published_at desc, j.id desc";

    static final String SEEKER_COLUMNS = "select s.id, s.real_name, s.sex, s.birth_date, s.district_code,"
            + " s.home_latitude, s.home_longitude, s.physical_capacity, s.expected_pay, s.expected_pay_unit,"
            + " s.max_travel_km, s.retired_professional, s.former_profession, s.title_name from seeker s";
    private static final String ACTIVE_SEEKER = " where s.status = 'ACTIVE' and s.user_id is not null"
            + " and s.birth_date > ?1 and s.birth_date <= ?2";

    private final EntityManager em;

    MatchingRepository(EntityManager em) {
        this.em = em;
    }

    /** Open jobs the seeker may apply to: in their district, of the categories they want, and the newest. */
    List<Object[]> jobPool(long seekerId, int age, String districtCode, Collection<String> categories,
            LocalDate today, int perSource) {
        Map<Long, Object[]> pool = new LinkedHashMap<>();
        addAll(pool, jobQuery(" and j.district_code = ?4", today, age, seekerId).setParameter(4, districtCode),
                perSource);
        if (!categories.isEmpty()) {
            addAll(pool, jobQuery(" and j.category in (?4)", today, age, seekerId).setParameter(4, categories),
                    perSource);
        }
        addAll(pool, jobQuery("", today, age, seekerId), perSource);
        return List.copyOf(pool.values());
    }

    /** Active seekers within the job's ages: in its district, with its occupation, and the newest. */
    List<Object[]> seekerPool(String districtCode, Integer occupationId, LocalDate bornAfter, LocalDate bornBy,
            int perSource) {
        Map<Long, Object[]> pool = new LinkedHashMap<>();
        addAll(pool, seekerQuery(" and s.district_code = ?3 order by s.birth_date desc, s.id desc", bornAfter,
                bornBy).setParameter(3, districtCode), perSource);
        if (occupationId != null) {
            addAll(pool, seekerQuery(" and s.id in (select so.seeker_id from seeker_occupation so"
                    + " where so.occupation_id = ?3) order by s.id desc", bornAfter, bornBy)
                    .setParameter(3, occupationId), perSource);
        }
        addAll(pool, seekerQuery(" order by s.created_at desc, s.id desc", bornAfter, bornBy), perSource);
        return List.copyOf(pool.values());
    }

    /** Seekers already in touch about the job: they applied or were invited. */
    Set<Long> seekersInvolvedWith(long jobId) {
        Set<Long> ids = new HashSet<>(longs("select seeker_id from job_application where job_id = ?1", jobId));
        ids.addAll(longs("select seeker_id from invitation where job_id = ?1", jobId));
        return ids;
    }

    /** Rows of (seeker_id, value[, value]) from one of the seeker's list tables, for many seekers at once. */
    @SuppressWarnings("unchecked")
    List<Object[]> listsOf(String table, String columns, Collection<Long> seekerIds) {
        if (seekerIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select seeker_id, " + columns + " from " + table + " where seeker_id in (?1)")
                .setParameter(1, seekerIds).getResultList();
    }

    private Query jobQuery(String filter, LocalDate today, int age, long seekerId) {
        return em.createNativeQuery(JOB_COLUMNS + OPEN_JOB + filter + NEWEST_JOBS)
                .setParameter(1, today).setParameter(2, age).setParameter(3, seekerId);
    }

    private Query seekerQuery(String filterAndOrder, LocalDate bornAfter, LocalDate bornBy) {
        return em.createNativeQuery(SEEKER_COLUMNS + ACTIVE_SEEKER + filterAndOrder)
                .setParameter(1, bornAfter).setParameter(2, bornBy);
    }

    @SuppressWarnings("unchecked")
    private static void addAll(Map<Long, Object[]> pool, Query query, int limit) {
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        rows.forEach(row -> pool.putIfAbsent(((Number) row[0]).longValue(), row));
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(String sql, long id) {
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
