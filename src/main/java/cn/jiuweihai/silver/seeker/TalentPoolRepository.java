package cn.jiuweihai.silver.seeker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's queries over the registry. Age bands become birth-date ranges computed for today,
 * so the (status, district, birth date) index serves them.
 */
@ApplicationScoped
class TalentPoolRepository {

    private final EntityManager em;

    TalentPoolRepository(EntityManager em) {
        this.em = em;
    }

    record Found(List<Seeker> items, long total) {
    }

    record Cell(String districtCode, AgeBand band, long count) {
    }

    /** Active registrations matching every given filter, newest first (id breaks ties). */
    Found search(TalentPoolFilter filter, String district, LocalDate today, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, district, today, params);
        Query ids = em.createNativeQuery("SELECT s.id FROM seeker s" + where
                + " ORDER BY s.created_at DESC, s.id DESC");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM seeker s" + where);
        params.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Long> page = ((List<?>) ids.setFirstResult(offset).setMaxResults(size).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        return new Found(load(page), ((Number) count.getSingleResult()).longValue());
    }

    /** Active registrations per district and age band. */
    List<Cell> countByDistrictAndBand(String district, LocalDate today) {
        StringBuilder band = new StringBuilder("CASE");
        Map<String, Object> params = new LinkedHashMap<>();
        for (AgeBand b : AgeBand.values()) {
            if (b != AgeBand.FROM_70) {
                String next = "b" + (b.ordinal() + 1);
                band.append(" WHEN birth_date > :").append(next).append(" THEN '").append(b.name()).append('\'');
                params.put(next, AgeBand.values()[b.ordinal() + 1].bornOnOrBefore(today));
            }
        }
        band.append(" ELSE '").append(AgeBand.FROM_70.name()).append("' END");
        String scope = district == null ? "" : " AND district_code = :district";
        Query query = em.createNativeQuery("SELECT t.district_code, t.band, COUNT(*) FROM (SELECT district_code, "
                + band + " AS band FROM seeker WHERE status = 'ACTIVE'" + scope + ") t"
                + " GROUP BY t.district_code, t.band");
        params.forEach(query::setParameter);
        if (district != null) {
            query.setParameter("district", district);
        }
        List<Cell> cells = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            cells.add(new Cell((String) r[0], AgeBand.valueOf((String) r[1]), ((Number) r[2]).longValue()));
        }
        return cells;
    }

    private static String where(TalentPoolFilter f, String district, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE s.status = 'ACTIVE'");
        if (district != null) {
            where.append(" AND s.district_code = :district");
            params.put("district", district);
        }
        if (f.ageBand != null) {
            where.append(" AND s.birth_date <= :bornOnOrBefore AND s.birth_date > :bornAfter");
            params.put("bornOnOrBefore", f.ageBand.bornOnOrBefore(today));
            params.put("bornAfter", f.ageBand.bornAfter(today));
        }
        if (f.occupation() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM seeker_occupation o WHERE o.seeker_id = s.id"
                    + " AND o.occupation_id = :occupation)");
            params.put("occupation", f.occupation());
        }
        if (f.employmentForm != null) {
            where.append(" AND EXISTS (SELECT 1 FROM seeker_employment_form e WHERE e.seeker_id = s.id"
                    + " AND e.employment_form = :form)");
            params.put("form", f.employmentForm.name());
        }
        if (f.retiredProfessional != null) {
            where.append(" AND s.retired_professional = :retired");
            params.put("retired", f.retiredProfessional);
        }
        if (f.priorityGroup != null) {
            where.append(" AND EXISTS (SELECT 1 FROM seeker_priority_group g WHERE g.seeker_id = s.id"
                    + " AND g.priority_group = :priority)");
            params.put("priority", f.priorityGroup.name());
        }
        return where.toString();
    }

    private List<Seeker> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Seeker> found = em.createQuery("select s from Seeker s where s.id in :ids", Seeker.class)
                .setParameter("ids", ids).getResultList();
        return found.stream().sorted(Comparator.comparingInt(s -> ids.indexOf(s.id))).toList();
    }
}
