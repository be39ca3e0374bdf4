package cn.jiuweihai.silver.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.job.JobEnums;
import cn.jiuweihai.silver.job.JobEnums.Category;
import cn.jiuweihai.silver.job.JobEnums.EmploymentForm;
import cn.jiuweihai.silver.job.JobEnums.Feature;
import cn.jiuweihai.silver.job.JobEnums.PhysicalDemand;
import cn.jiuweihai.silver.seeker.SeekerEnums.PhysicalCapacity;
import cn.jiuweihai.silver.seeker.SeekerEnums.ScheduleSlot;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The score of a seeker and a job, and the reasons each side reads. */
class MatchScorerTest {

    private static final MatchScorer.Weights WEIGHTS = new MatchScorer.Weights(30, 20, 25, 15, 10, 5, 10, 10);
    private static final MatchScorer SCORER = new MatchScorer(WEIGHTS, 5);
    private static final MatchInputs.GeoPoint HOME = new MatchInputs.GeoPoint(37.5000, 122.1000);
    /** About 1.2 km north of HOME. */
    private static final MatchInputs.GeoPoint NEAR = new MatchInputs.GeoPoint(37.5108, 122.1000);
    private static final MatchInputs.GeoPoint FAR = new MatchInputs.GeoPoint(37.2000, 122.5000);

    @Test
    void nearbySeatedJobOfTheWantedKindSaysSoInPlainChinese() {
        MatchScorer.Scored scored = SCORER.score(seeker(), job(NEAR, PhysicalDemand.LOW, Set.of(Feature.SEATED_WORK)))
                .orElseThrow();

        assertTrue(scored.forSeeker().contains("距离约1.2公里"), scored.forSeeker().toString());
        assertTrue(scored.forSeeker().contains("符合您的期望工种"), scored.forSeeker().toString());
        assertTrue(scored.forSeeker().contains("坐姿工作"), scored.forSeeker().toString());
        assertTrue(scored.forSeeker().contains("您有8年养老护理员经验"), scored.forSeeker().toString());
        assertTrue(scored.forEmployer().contains("有8年养老护理员经验"), scored.forEmployer().toString());
        assertTrue(scored.score() >= 80, "score " + scored.score());
    }

    @Test
    void strongestReasonComesFirstAndThereAreAtMostFive() {
        MatchScorer.Scored scored = SCORER.score(seeker(), job(NEAR, PhysicalDemand.LOW,
                EnumSet.allOf(Feature.class))).orElseThrow();

        assertEquals("您有8年养老护理员经验", scored.forSeeker().get(0));
        assertEquals(MatchScorer.MAX_REASONS, scored.forSeeker().size());
    }

    @Test
    void farHeavyJobScoresLowerThanANearLightOne() {
        int near = SCORER.score(seeker(), job(NEAR, PhysicalDemand.LOW, Set.of())).orElseThrow().score();
        MatchScorer.Scored far = SCORER.score(seeker(), job(FAR, PhysicalDemand.HIGH, Set.of())).orElseThrow();

        assertTrue(far.score() < near, far.score() + " vs " + near);
        assertFalse(far.forSeeker().stream().anyMatch(r -> r.startsWith("距离")), far.forSeeker().toString());
        assertFalse(far.forSeeker().contains("体力要求在您的能力之内"));
    }

    @Test
    void jobOutsideTheSeekersAgeIsNoMatch() {
        MatchInputs.Posting tooYoung = withAges(job(NEAR, PhysicalDemand.LOW, Set.of()), 50, 55);

        assertTrue(SCORER.score(seeker(), tooYoung).isEmpty());
        assertTrue(SCORER.score(seeker(), withAges(tooYoung, 50, 58)).isPresent());
    }

    @Test
    void withoutHomeLocationTheDistrictStandsIn() {
        MatchInputs.Profile noHome = new MatchInputs.Profile(1, 58, "371002", null, Map.of(), Set.of(), Set.of(),
                Set.of(), null, null, null, null);

        MatchScorer.Scored scored = SCORER.score(noHome, job(NEAR, PhysicalDemand.LOW, Set.of())).orElseThrow();

        assertEquals(List.of("就在您所在的环翠区", "体力要求低"), scored.forSeeker());
    }

    @Test
    void weightsDecideTheScore() {
        MatchScorer distanceOnly = new MatchScorer(new MatchScorer.Weights(0, 0, 1, 0, 0, 0, 0, 0), 5);

        assertEquals(100, distanceOnly.score(seeker(), job(HOME, PhysicalDemand.HIGH, Set.of())).orElseThrow()
                .score());
        assertEquals(0, distanceOnly.score(seeker(), job(FAR, PhysicalDemand.LOW, Set.of())).orElseThrow().score());
    }

    @Test
    void payBelowTheExpectationCountsPartly() {
        MatchInputs.Profile wantsMore = new MatchInputs.Profile(1, 58, "371002", HOME, Map.of(), Set.of(), Set.of(),
                Set.of(), null, 7000, JobEnums.PayUnit.MONTH, null);
        MatchScorer payOnly = new MatchScorer(new MatchScorer.Weights(0, 0, 0, 0, 0, 0, 1, 0), 5);

        assertEquals(50, payOnly.score(wantsMore, job(NEAR, PhysicalDemand.LOW, Set.of())).orElseThrow().score());
    }

    private static MatchInputs.Profile seeker() {
        return new MatchInputs.Profile(1, 58, "371002", HOME, Map.of(1, 8), Set.of(Category.ELDERLY_CARE),
                Set.of(EmploymentForm.PART_TIME), Set.of(ScheduleSlot.MORNINGS), PhysicalCapacity.LOW, 3000,
                JobEnums.PayUnit.MONTH, 5);
    }

    private static MatchInputs.Posting job(MatchInputs.GeoPoint at, PhysicalDemand demand, Set<Feature> features) {
        return new MatchInputs.Posting(10, "371002", "环翠区", at, 1, "养老护理员", Category.ELDERLY_CARE,
                EmploymentForm.PART_TIME, "周一至周五 上午8:30-11:30", demand, 3500, JobEnums.PayUnit.MONTH, null, null,
                features);
    }

    private static MatchInputs.Posting withAges(MatchInputs.Posting p, Integer min, Integer max) {
        return new MatchInputs.Posting(p.jobId(), p.districtCode(), p.districtName(), p.location(), p.occupationId(),
                p.occupationName(), p.category(), p.employmentForm(), p.schedule(), p.physicalDemand(), p.payMax(),
                p.payUnit(), min, max, p.features());
    }
}
