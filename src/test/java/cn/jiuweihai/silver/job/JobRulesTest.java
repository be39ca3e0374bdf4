package cn.jiuweihai.silver.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.common.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @Test
    void monthlyEquivalentUsesStatutoryPaidDays() {
        assertEquals(3000, JobRules.monthly(3000, JobEnums.PayUnit.MONTH));
        assertEquals(3263, JobRules.monthly(150, JobEnums.PayUnit.DAY));
        assertEquals(3480, JobRules.monthly(20, JobEnums.PayUnit.HOUR));
        assertNull(JobRules.monthly(5, JobEnums.PayUnit.PIECE));
    }

    @Test
    void refusesPayRangeInTheWrongOrder() {
        assertEquals("JOB_PAY_RANGE_INVALID", refusal(draft(3500, 2800, JobEnums.PayUnit.MONTH, 50, 65, 30)));
    }

    @Test
    void refusesHourPayThatCanOnlyBeAMonthlyFigure() {
        assertEquals("JOB_PAY_IMPLAUSIBLE", refusal(draft(3000, 3500, JobEnums.PayUnit.HOUR, 50, 65, 30)));
    }

    @Test
    void refusesAgeRangeInTheWrongOrder() {
        assertEquals("JOB_AGE_RANGE_INVALID", refusal(draft(2800, 3500, JobEnums.PayUnit.MONTH, 65, 50, 30)));
    }

    @Test
    void refusesValidUntilTodayOrMoreThanAYearAhead() {
        assertEquals("JOB_VALID_UNTIL_INVALID", refusal(draft(2800, 3500, JobEnums.PayUnit.MONTH, 50, 65, 0)));
        assertEquals("JOB_VALID_UNTIL_INVALID", refusal(draft(2800, 3500, JobEnums.PayUnit.MONTH, 50, 65, 400)));
    }

    @Test
    void acceptsSaneDraft() {
        JobRules.check(draft(2800, 3500, JobEnums.PayUnit.MONTH, 50, 65, 30), TODAY);
    }

    @Test
    void payPlaceAndDutiesAreMaterialButScheduleAndHeadcountAreNot() {
        Job job = jobFrom(draft(2800, 3500, JobEnums.PayUnit.MONTH, 50, 65, 30));

        assertFalse(JobRules.isMaterialChange(job, draft(2800, 3500, JobEnums.PayUnit.MONTH, 45, 70, 60)));
        assertTrue(JobRules.isMaterialChange(job, draft(3000, 3500, JobEnums.PayUnit.MONTH, 50, 65, 30)));
        assertTrue(JobRules.isMaterialChange(job, draft(2800, 3500, JobEnums.PayUnit.DAY, 50, 65, 30)));
    }

    private static String refusal(JobDraft draft) {
        return assertThrows(ProblemException.class, () -> JobRules.check(draft, TODAY)).code();
    }

    private static JobDraft draft(int payMin, int payMax, JobEnums.PayUnit unit, int ageMin, int ageMax, int days) {
        return new JobDraft("社区助老员", null, JobEnums.Category.ELDERLY_CARE, "陪伴老人聊天读报", "371002", "海港社区",
                new BigDecimal("37.5131"), new BigDecimal("122.1204"), payMin, payMax, unit,
                JobEnums.EmploymentForm.PART_TIME, "上午", 2, ageMin, ageMax, JobEnums.PhysicalDemand.LOW,
                Set.of(JobEnums.Feature.SEATED_WORK), JobEnums.Protection.OVER_AGE_INJURY_INSURANCE,
                Set.of(JobEnums.Zone.SILVER_TALENT), TODAY.plusDays(days));
    }

    private static Job jobFrom(JobDraft draft) {
        Job job = new Job();
        job.title = draft.title();
        job.category = draft.category();
        job.description = draft.description();
        job.districtCode = draft.districtCode();
        job.address = draft.address();
        job.latitude = draft.latitude();
        job.longitude = draft.longitude();
        job.payMin = draft.payMin();
        job.payMax = draft.payMax();
        job.payUnit = draft.payUnit();
        return job;
    }
}
