package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.ProblemException;
import java.time.LocalDate;
import java.util.Objects;

/** The rules of a job that need no database: ranges, dates, pay in one unit, what counts as material. */
final class JobRules {

    static final int MAX_VALIDITY_DAYS = 366;
    /** Statutory paid days of a month (月计薪天数), used to compare day and hour pay with monthly pay. */
    private static final double PAID_DAYS_PER_MONTH = 21.75;
    private static final int HOURS_PER_DAY = 8;
    private static final int MAX_MONTHLY_PAY = 100_000;

    private JobRules() {
    }

    /** Refuses a draft whose fields contradict each other; names the field to fix. */
    static void check(JobDraft draft, LocalDate today) {
        if (draft.payMin() > draft.payMax()) {
            throw ProblemException.invalidField("JOB_PAY_RANGE_INVALID", "payMax", "最高薪酬不能低于最低薪酬");
        }
        if (draft.payMax() > draft.payMin() * 5L) {
            throw ProblemException.invalidField("JOB_PAY_RANGE_INVALID", "payMax", "薪酬范围过宽，最高薪酬不应超过最低薪酬的5倍");
        }
        if (!plausiblePay(draft.payMax(), draft.payUnit())) {
            throw ProblemException.invalidField("JOB_PAY_IMPLAUSIBLE", "payUnit", "薪酬数额与薪酬单位不相符，请核对单位");
        }
        if (draft.ageMin() != null && draft.ageMax() != null && draft.ageMin() > draft.ageMax()) {
            throw ProblemException.invalidField("JOB_AGE_RANGE_INVALID", "ageMax", "年龄上限不能低于年龄下限");
        }
        if ((draft.latitude() == null) != (draft.longitude() == null)) {
            throw ProblemException.invalidField("JOB_LOCATION_INCOMPLETE", "longitude", "请同时填写经度和纬度，或都不填");
        }
        checkValidUntil(draft.validUntil(), today);
    }

    static void checkValidUntil(LocalDate validUntil, LocalDate today) {
        if (!validUntil.isAfter(today) || validUntil.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw ProblemException.invalidField("JOB_VALID_UNTIL_INVALID", "validUntil", "有效期应晚于今天，且不超过一年");
        }
    }

    /** The monthly equivalent of an amount, or null for piece rates, which have none. */
    static Integer monthly(int amount, JobEnums.PayUnit unit) {
        return switch (unit) {
            case MONTH -> amount;
            case DAY -> (int) Math.round(amount * PAID_DAYS_PER_MONTH);
            case HOUR -> (int) Math.round(amount * PAID_DAYS_PER_MONTH * HOURS_PER_DAY);
            case PIECE -> null;
        };
    }

    /**
     * Whether an edit changes what a seeker relies on: the pay, the place or the duties. Such an
     * edit to a published job goes back to review.
     */
    static boolean isMaterialChange(Job job, JobDraft draft) {
        return job.payMin != draft.payMin() || job.payMax != draft.payMax() || job.payUnit != draft.payUnit()
                || !job.districtCode.equals(draft.districtCode()) || !job.address.equals(draft.address().strip())
                || !sameNumber(job.latitude, draft.latitude()) || !sameNumber(job.longitude, draft.longitude())
                || !job.title.equals(draft.title().strip()) || !job.description.equals(draft.description().strip())
                || job.category != draft.category() || !Objects.equals(job.occupationId, draft.occupationId());
    }

    /** Day or hour pay above a plausible month's pay is almost always the wrong unit. */
    private static boolean plausiblePay(int payMax, JobEnums.PayUnit unit) {
        Integer monthly = monthly(payMax, unit);
        return monthly == null || monthly <= MAX_MONTHLY_PAY;
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
