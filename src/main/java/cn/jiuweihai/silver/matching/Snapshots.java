package cn.jiuweihai.silver.matching;

import cn.jiuweihai.silver.job.Job;
import cn.jiuweihai.silver.job.JobEnums;
import cn.jiuweihai.silver.reference.ReferenceData;
import cn.jiuweihai.silver.seeker.Seeker;
import cn.jiuweihai.silver.seeker.SeekerEnums;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Copies entities and query rows into the scorer's inputs. */
@ApplicationScoped
class Snapshots {

    private final ReferenceData reference;

    Snapshots(ReferenceData reference) {
        this.reference = reference;
    }

    MatchInputs.Profile of(Seeker s, LocalDate today) {
        return new MatchInputs.Profile(s.id, Period.between(s.birthDate, today).getYears(), s.districtCode,
                point(s.homeLatitude, s.homeLongitude), Map.copyOf(s.occupations), Set.copyOf(s.desiredCategories),
                Set.copyOf(s.employmentForms), Set.copyOf(s.schedule), s.physicalCapacity, s.expectedPay,
                s.expectedPayUnit, s.maxTravelKm);
    }

    MatchInputs.Posting of(Job j) {
        Set<JobEnums.Feature> features = EnumSet.noneOf(JobEnums.Feature.class);
        addIf(features, j.seatedWork, JobEnums.Feature.SEATED_WORK);
        addIf(features, j.noNightShift, JobEnums.Feature.NO_NIGHT_SHIFT);
        addIf(features, j.flexibleHours, JobEnums.Feature.FLEXIBLE_HOURS);
        addIf(features, j.nearTransit, JobEnums.Feature.NEAR_TRANSIT);
        addIf(features, j.mealsProvided, JobEnums.Feature.MEALS_PROVIDED);
        addIf(features, j.trainingProvided, JobEnums.Feature.TRAINING_PROVIDED);
        return new MatchInputs.Posting(j.id, j.districtCode, reference.districtName(j.districtCode),
                point(j.latitude, j.longitude), j.occupationId, occupationName(j.occupationId), j.category,
                j.employmentForm, j.schedule, j.physicalDemand, j.payMax, j.payUnit, j.ageMin, j.ageMax, features);
    }

    /** A row of {@link MatchingRepository#JOB_COLUMNS}. */
    MatchInputs.Posting posting(Object[] r) {
        Set<JobEnums.Feature> features = EnumSet.noneOf(JobEnums.Feature.class);
        JobEnums.Feature[] order = {JobEnums.Feature.SEATED_WORK, JobEnums.Feature.NO_NIGHT_SHIFT,
            JobEnums.Feature.FLEXIBLE_HOURS, JobEnums.Feature.NEAR_TRANSIT, JobEnums.Feature.MEALS_PROVIDED,
            JobEnums.Feature.TRAINING_PROVIDED};
        for (int i = 0; i < order.length; i++) {
            addIf(features, bool(r[15 + i]), order[i]);
        }
        return new MatchInputs.Posting(id(r[0]), (String) r[1], reference.districtName((String) r[1]),
                point((BigDecimal) r[2], (BigDecimal) r[3]), integer(r[4]), (String) r[5],
                JobEnums.Category.valueOf((String) r[6]), JobEnums.EmploymentForm.valueOf((String) r[7]),
                (String) r[8], JobEnums.PhysicalDemand.valueOf((String) r[9]), integer(r[11]),
                JobEnums.PayUnit.valueOf((String) r[12]), integer(r[13]), integer(r[14]), features);
    }

    /** A row of {@link MatchingRepository#SEEKER_COLUMNS} with the seeker's lists. */
    MatchInputs.Profile profile(Object[] r, Lists lists, LocalDate today) {
        long id = id(r[0]);
        return new MatchInputs.Profile(id, Period.between(date(r[3]), today).getYears(), (String) r[4],
                point((BigDecimal) r[5], (BigDecimal) r[6]), lists.occupations.getOrDefault(id, Map.of()),
                lists.categories.getOrDefault(id, Set.of()), lists.forms.getOrDefault(id, Set.of()),
                lists.schedule.getOrDefault(id, Set.of()), r[7] == null ? null
                        : SeekerEnums.PhysicalCapacity.valueOf((String) r[7]), integer(r[8]),
                r[9] == null ? null : JobEnums.PayUnit.valueOf((String) r[9]), integer(r[10]));
    }

    /** The list tables of many seekers, keyed by seeker id. */
    static final class Lists {
        final Map<Long, Map<Integer, Integer>> occupations = new HashMap<>();
        final Map<Long, Set<JobEnums.Category>> categories = new HashMap<>();
        final Map<Long, Set<JobEnums.EmploymentForm>> forms = new HashMap<>();
        final Map<Long, Set<SeekerEnums.ScheduleSlot>> schedule = new HashMap<>();
    }

    String occupationName(Integer occupationId) {
        return occupationId == null ? null : reference.occupation(occupationId).name();
    }

    static <E> void add(Map<Long, Set<E>> lists, Object seekerId, E value) {
        lists.computeIfAbsent(id(seekerId), k -> new HashSet<>()).add(value);
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static MatchInputs.GeoPoint point(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null || longitude == null ? null
                : new MatchInputs.GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    private static void addIf(Set<JobEnums.Feature> features, boolean present, JobEnums.Feature feature) {
        if (present) {
            features.add(feature);
        }
    }
}
