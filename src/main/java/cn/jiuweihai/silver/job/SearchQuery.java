package cn.jiuweihai.silver.job;

import java.util.Locale;

/**
 * A seeker's search, checked and normalised: the keyword in lower case, pay as a monthly
 * figure, the radius in metres, features as a bit mask.
 */
record SearchQuery(
        String keyword,
        String districtCode,
        JobEnums.Zone zone,
        JobEnums.Category category,
        Integer occupationId,
        JobEnums.EmploymentForm employmentForm,
        JobEnums.PhysicalDemand maxPhysicalDemand,
        int featureMask,
        Integer minMonthlyPay,
        Integer age,
        boolean ageFriendlyEmployer,
        Near near,
        JobEnums.Sort sort,
        long todayEpochDay) {

    /** A GCJ-02 point and a radius around it. */
    record Near(double latitude, double longitude, int radiusMeters) {
    }

    static String normalizeKeyword(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** The order actually used: relevance needs a keyword, otherwise the newest come first. */
    JobEnums.Sort effectiveSort() {
        if (sort == JobEnums.Sort.RELEVANCE && keyword == null) {
            return JobEnums.Sort.NEWEST;
        }
        return sort;
    }
}
