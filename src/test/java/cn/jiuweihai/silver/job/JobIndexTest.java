package cn.jiuweihai.silver.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobIndexTest {

    private static final long TODAY = 20_000;
    private static final long PUBLISHED = 1_700_000_000_000L;
    private static final double LAT = 37.5;
    private static final double LON = 122.1;

    private final JobIndex index = new JobIndex();

    @Test
    void findsKeywordInTitleDescriptionOrEmployerNameLiterally() {
        index.put(job(1).title("社区保洁员").build());
        index.put(job(2).description("负责楼道保洁和垃圾分类").build());
        index.put(job(3).employer("威海保洁服务公司").build());
        index.put(job(4).title("门卫").build());

        assertEquals(List.of(1L, 3L, 2L), ids(search(query().keyword("保洁"), 0, 10)));
    }

    @Test
    void treatsPercentAndUnderscoreAsPlainCharacters() {
        index.put(job(1).title("提成10%起").build());
        index.put(job(2).title("提成100起").build());
        index.put(job(3).title("a_b 岗").build());
        index.put(job(4).title("axb 岗").build());

        assertEquals(List.of(1L), ids(search(query().keyword("10%"), 0, 10)));
        assertEquals(List.of(3L), ids(search(query().keyword("a_b"), 0, 10)));
    }

    @Test
    void singleCharacterAndEmojiKeywordsMatchToo() {
        index.put(job(1).title("社区助老员🧓").build());
        index.put(job(2).title("门卫").build());

        assertEquals(List.of(1L), ids(search(query().keyword("🧓"), 0, 10)));
        assertEquals(List.of(2L), ids(search(query().keyword("卫"), 0, 10)));
    }

    @Test
    void keywordMatchIgnoresLatinCase() {
        index.put(job(1).title("KTV 保洁").build());

        assertEquals(List.of(1L), ids(search(query().keyword("ktv"), 0, 10)));
    }

    @Test
    void comparesMinimumPayAcrossMonthDayAndHourPay() {
        index.put(job(1).payMonthlyMax(JobRules.monthly(3000, JobEnums.PayUnit.MONTH)).build());
        index.put(job(2).payMonthlyMax(JobRules.monthly(150, JobEnums.PayUnit.DAY)).build());
        index.put(job(3).payMonthlyMax(JobRules.monthly(15, JobEnums.PayUnit.HOUR)).build());
        index.put(job(4).payMonthlyMax(IndexedJob.NO_PAY).build());

        JobIndex.Page page = search(query().minMonthlyPay(3000), 0, 10);

        assertEquals(Set.of(1L, 2L), new HashSet<>(ids(page)));
    }

    @Test
    void suitsMyAgeKeepsJobsWhoseRangeHoldsTheAge() {
        index.put(job(1).ages(50, 65).build());
        index.put(job(2).ages(18, 45).build());
        index.put(job(3).ages(0, Integer.MAX_VALUE).build());

        assertEquals(Set.of(1L, 3L), new HashSet<>(ids(search(query().age(58), 0, 10))));
    }

    @Test
    void requiresEveryChosenFeatureAndAtMostTheChosenPhysicalDemand() {
        int seatedNoNight = bit(JobEnums.Feature.SEATED_WORK) | bit(JobEnums.Feature.NO_NIGHT_SHIFT);
        index.put(job(1).features(seatedNoNight).demand(JobEnums.PhysicalDemand.LOW).build());
        index.put(job(2).features(bit(JobEnums.Feature.SEATED_WORK)).demand(JobEnums.PhysicalDemand.LOW).build());
        index.put(job(3).features(seatedNoNight).demand(JobEnums.PhysicalDemand.HIGH).build());

        QueryBuilder q = query().features(seatedNoNight).maxDemand(JobEnums.PhysicalDemand.MEDIUM);

        assertEquals(List.of(1L), ids(search(q, 0, 10)));
    }

    @Test
    void nearMeKeepsJobsInsideTheRadiusNearestFirstAndLeavesOutJobsWithoutPlace() {
        index.put(job(1).at(LAT + 0.02, LON).build());
        index.put(job(2).at(LAT + 0.005, LON).build());
        index.put(job(3).at(LAT + 0.2, LON).build());
        index.put(job(4).at(Double.NaN, Double.NaN).build());

        JobIndex.Page page = search(query().near(LAT, LON, 5000).sort(JobEnums.Sort.DISTANCE), 0, 10);

        assertEquals(List.of(2L, 1L), ids(page));
        int meters = page.hits().get(0).distanceMeters();
        assertTrue(meters > 540 && meters < 570, "0.005 degrees of latitude is about 556 m, got " + meters);
    }

    @Test
    void leavesOutJobsPastTheirValidUntilDate() {
        index.put(job(1).validUntil(TODAY - 1).build());
        index.put(job(2).validUntil(TODAY).build());

        assertEquals(List.of(2L), ids(search(query(), 0, 10)));
    }

    @ParameterizedTest
    @EnumSource(JobEnums.Sort.class)
    void pagesNeitherRepeatNorSkipJobsWhenManyShareTheSortValue(JobEnums.Sort sort) {
        for (long id = 1; id <= 95; id++) {
            index.put(job(id).title("保洁员").publishedAt(PUBLISHED + id % 3).payMonthlyMax(3000)
                    .at(LAT, LON).build());
        }
        QueryBuilder q = query().keyword("保洁").near(LAT, LON, 1000).sort(sort);

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            JobIndex.Page found = search(q, page * 10, 10);
            assertEquals(95, found.total());
            seen.addAll(ids(found));
        }

        assertEquals(95, seen.size());
        assertEquals(95, new HashSet<>(seen).size());
    }

    @Test
    void replacingAJobDropsItsOldText() {
        index.put(job(1).title("保洁员").stamp(1).build());
        index.put(job(1).title("门卫").stamp(2).build());

        assertEquals(0, search(query().keyword("保洁"), 0, 10).total());
        assertEquals(1, search(query().keyword("门卫"), 0, 10).total());
    }

    @Test
    void staleReadThatArrivesLateDoesNotOverwriteNewerState() {
        index.put(job(1).title("门卫").stamp(5).build());
        index.put(job(1).title("保洁员").stamp(4).build());
        index.remove(1, 3);

        assertEquals(1, search(query().keyword("门卫"), 0, 10).total());
        assertEquals(0, search(query().keyword("保洁"), 0, 10).total());
    }

    @Test
    void removedJobsAreNotFoundAndManyReplacementsStayConsistent() {
        for (int round = 0; round < 5; round++) {
            for (long id = 1; id <= 600; id++) {
                index.put(job(id).title("岗位" + round).stamp(round + 1).build());
            }
        }
        index.remove(7, 10);

        assertEquals(599, search(query().keyword("岗位4"), 0, 10).total());
        assertEquals(0, search(query().keyword("岗位3"), 0, 10).total());
    }

    private JobIndex.Page search(QueryBuilder q, int offset, int size) {
        return index.search(q.build(), offset, size);
    }

    private static List<Long> ids(JobIndex.Page page) {
        return page.hits().stream().map(hit -> hit.job().id()).toList();
    }

    private static int bit(JobEnums.Feature feature) {
        return 1 << feature.ordinal();
    }

    private static JobBuilder job(long id) {
        return new JobBuilder(id);
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }

    /** An indexed job with plain defaults; tests change what they are about. */
    private static final class JobBuilder {
        private final long id;
        private String title = "岗位";
        private String description = "工作内容";
        private String employer = "单位";
        private long stamp = 1;
        private int features;
        private JobEnums.PhysicalDemand demand = JobEnums.PhysicalDemand.LOW;
        private int payMonthlyMax = 3000;
        private int ageMin;
        private int ageMax = Integer.MAX_VALUE;
        private double lat = LAT;
        private double lon = LON;
        private long publishedAt = PUBLISHED;
        private long validUntil = TODAY + 30;

        JobBuilder(long id) {
            this.id = id;
        }

        JobBuilder title(String value) {
            title = value;
            return this;
        }

        JobBuilder description(String value) {
            description = value;
            return this;
        }

        JobBuilder employer(String value) {
            employer = value;
            return this;
        }

        JobBuilder stamp(long value) {
            stamp = value;
            return this;
        }

        JobBuilder features(int value) {
            features = value;
            return this;
        }

        JobBuilder demand(JobEnums.PhysicalDemand value) {
            demand = value;
            return this;
        }

        JobBuilder payMonthlyMax(Integer value) {
            payMonthlyMax = value;
            return this;
        }

        JobBuilder ages(int min, int max) {
            ageMin = min;
            ageMax = max;
            return this;
        }

        JobBuilder at(double latitude, double longitude) {
            lat = latitude;
            lon = longitude;
            return this;
        }

        JobBuilder publishedAt(long value) {
            publishedAt = value;
            return this;
        }

        JobBuilder validUntil(long value) {
            validUntil = value;
            return this;
        }

        IndexedJob build() {
            return new IndexedJob(id, title.toLowerCase(), description, employer, stamp, null, "371002",
                    JobEnums.Category.CLEANING_GREENING, null, JobEnums.EmploymentForm.FULL_TIME, demand, features,
                    true, false, payMonthlyMax, payMonthlyMax, ageMin, ageMax, false, lat, lon, publishedAt,
                    validUntil);
        }
    }

    /** A search with nothing chosen; tests add what they are about. */
    private static final class QueryBuilder {
        private String keyword;
        private int features;
        private JobEnums.PhysicalDemand maxDemand;
        private Integer minMonthlyPay;
        private Integer age;
        private SearchQuery.Near near;
        private JobEnums.Sort sort = JobEnums.Sort.RELEVANCE;

        QueryBuilder keyword(String value) {
            keyword = SearchQuery.normalizeKeyword(value);
            return this;
        }

        QueryBuilder features(int value) {
            features = value;
            return this;
        }

        QueryBuilder maxDemand(JobEnums.PhysicalDemand value) {
            maxDemand = value;
            return this;
        }

        QueryBuilder minMonthlyPay(int value) {
            minMonthlyPay = value;
            return this;
        }

        QueryBuilder age(int value) {
            age = value;
            return this;
        }

        QueryBuilder near(double lat, double lon, int radiusMeters) {
            near = new SearchQuery.Near(lat, lon, radiusMeters);
            return this;
        }

        QueryBuilder sort(JobEnums.Sort value) {
            sort = value;
            return this;
        }

        SearchQuery build() {
            return new SearchQuery(keyword, null, null, null, null, null, maxDemand, features, minMonthlyPay, age,
                    false, near, sort, TODAY);
        }
    }
}
