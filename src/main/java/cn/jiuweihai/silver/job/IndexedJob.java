package cn.jiuweihai.silver.job;

import java.util.Locale;

/**
 * What the search index keeps of an open job: the fields it filters and sorts on, its text in
 * lower case for literal matching, and the summary it answers with.
 */
record IndexedJob(
        long id,
        String title,
        String description,
        String employerName,
        long stamp,
        JobViews.Summary summary,
        String districtCode,
        JobEnums.Category category,
        Integer occupationId,
        JobEnums.EmploymentForm employmentForm,
        JobEnums.PhysicalDemand physicalDemand,
        int featureBits,
        boolean silverTalent,
        boolean silverEconomy,
        int payMonthlyMin,
        int payMonthlyMax,
        int ageMin,
        int ageMax,
        boolean ageFriendlyEmployer,
        double latitude,
        double longitude,
        long publishedAtMillis,
        long validUntilEpochDay) {

    static final int NO_PAY = -1;

    static IndexedJob of(Job job, JobViews.Summary summary) {
        return new IndexedJob(job.id, lower(job.title), lower(job.description), lower(job.employer.name),
                stampOf(job), summary, job.districtCode, job.category, job.occupationId, job.employmentForm,
                job.physicalDemand, featureBits(job), job.zoneSilverTalent, job.zoneSilverEconomy,
                job.payMonthlyMin == null ? NO_PAY : job.payMonthlyMin,
                job.payMonthlyMax == null ? NO_PAY : job.payMonthlyMax,
                job.ageMin == null ? 0 : job.ageMin, job.ageMax == null ? Integer.MAX_VALUE : job.ageMax,
                job.employer.ageFriendly,
                job.latitude == null ? Double.NaN : job.latitude.doubleValue(),
                job.longitude == null ? Double.NaN : job.longitude.doubleValue(),
                job.publishedAt == null ? 0 : job.publishedAt.toEpochMilli(), job.validUntil.toEpochDay());
    }

    /**
     * Grows whenever the job or its employer changes (both touch the job's updated_at, stored to
     * the microsecond), so a read that overtook a newer one is recognised as older.
     */
    static long stampOf(Job job) {
        long micros = job.updatedAt.getEpochSecond() * 1_000_000 + job.updatedAt.getNano() / 1_000;
        return micros * 1024 + (job.version & 1023);
    }

    static int featureBits(Job job) {
        int bits = 0;
        for (JobEnums.Feature feature : job.features()) {
            bits |= 1 << feature.ordinal();
        }
        return bits;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
