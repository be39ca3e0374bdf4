package cn.jiuweihai.silver.job;

import static cn.jiuweihai.silver.testing.Api.jobDraft;
import static cn.jiuweihai.silver.testing.Api.newVerifiedEmployer;
import static cn.jiuweihai.silver.testing.Api.publish;
import static cn.jiuweihai.silver.testing.Formats.instantWithOffset;
import static cn.jiuweihai.silver.testing.Formats.isoDate;
import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static cn.jiuweihai.silver.testing.TestData.marker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.common.Dates;
import cn.jiuweihai.silver.testing.Api;
import cn.jiuweihai.silver.testing.Api.EmployerAccount;
import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Sql;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public job board: search filters, paging and order, and the job page. */
@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class JobSearchTest {

    private static final String JOBS = "/api/v1/jobs";

    private static EmployerAccount shared;

    @InjectFakeWeChat
    FakeWeChat weChat;

    @Inject
    DataSource db;

    @Inject
    JobIndexSync index;

    @BeforeEach
    void healthyWeChat() {
        weChat.reset();
    }

    @Test
    void keywordFindsJobsByTitleDescriptionAndEmployerName() {
        String inEmployer = marker();
        String inTitle = marker();
        String inDescription = marker();
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海" + inEmployer + "养老服务中心");
        long byTitle = publish(employer, jobDraft("助老员" + inTitle));
        Map<String, Object> draft = jobDraft("保洁员");
        draft.put("description", "负责楼道清洁，" + inDescription + "，上午工作。");
        long byDescription = publish(employer, draft);

        assertEquals(List.of(byTitle), ids(search("keyword", inTitle)));
        assertEquals(List.of(byDescription), ids(search("keyword", inDescription)));
        assertEquals(List.of(byDescription, byTitle), ids(search("keyword", inEmployer)));
    }

    @Test
    void keywordIsMatchedWithinWordsAndAroundSpaces() {
        String word = marker();
        long job = publish(verified(), jobDraft("社区" + word + "助老员"));

        assertEquals(List.of(job), ids(search("keyword", " " + word.substring(2, 8) + " ")));
    }

    @Test
    void percentAndUnderscoreInAKeywordAreMatchedLiterally() {
        String word = marker();
        long percent = publish(verified(), jobDraft(word + "好评100%"));
        publish(verified(), jobDraft(word + "好评1000"));
        long underscore = publish(verified(), jobDraft(word + "A_1号岗"));
        publish(verified(), jobDraft(word + "AB1号岗"));

        assertEquals(List.of(percent), ids(search("keyword", word + "好评100%")));
        assertEquals(List.of(underscore), ids(search("keyword", word + "A_1")));
        assertEquals(4, search("keyword", word).getLong("total"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "%%", "!", "!%", "\\"})
    void wildcardOnItsOwnDoesNotMatchEveryJob(String keyword) {
        publish(verified(), jobDraft(marker() + "普通岗位"));
        long withIt = publish(verified(), jobDraft(marker() + "满意度" + keyword + "岗位"));
        long everyJob = search().getLong("total");

        JsonPath found = search("keyword", keyword, "size", "50");

        assertTrue(found.getLong("total") < everyJob, found.getLong("total") + " of " + everyJob);
        assertEquals(withIt, ids(found).get(0));
    }

    @Test
    void districtFilterKeepsOnlyJobsInThatDistrict() {
        String word = marker();
        Map<String, Object> inRongcheng = jobDraft(word + "荣成岗位");
        inRongcheng.put("districtCode", "371082");
        long rongcheng = publish(verified(), inRongcheng);
        publish(verified(), jobDraft(word + "环翠岗位"));

        JsonPath found = search("keyword", word, "districtCode", "371082");

        assertEquals(List.of(rongcheng), ids(found));
        assertEquals("荣成市", found.getString("items[0].districtName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3710", "3710820", "荣成市", "37108x"})
    void malformedDistrictCodeIsRefusedNamingTheParameter(String code) {
        assertProblem(given().queryParam("districtCode", code).when().get(JOBS), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("districtCode"));
    }

    @Test
    void zoneFilterKeepsJobsInThatZoneIncludingThoseInBoth() {
        String word = marker();
        long talent = publish(verified(), inZones(word, "SILVER_TALENT"));
        long economy = publish(verified(), inZones(word, "SILVER_ECONOMY"));
        long both = publish(verified(), inZones(word, "SILVER_TALENT", "SILVER_ECONOMY"));

        assertEquals(List.of(both, talent), ids(search("keyword", word, "zone", "SILVER_TALENT")));
        assertEquals(List.of(both, economy), ids(search("keyword", word, "zone", "SILVER_ECONOMY")));
        assertEquals(List.of(both, economy, talent), ids(search("keyword", word)));
    }

    @Test
    void categoryFilterKeepsOnlyJobsOfThatCategory() {
        String word = marker();
        Map<String, Object> cleaning = jobDraft(word + "保洁员");
        cleaning.put("category", "CLEANING_GREENING");
        long cleaner = publish(verified(), cleaning);
        publish(verified(), jobDraft(word + "助老员"));

        JsonPath found = search("keyword", word, "category", "CLEANING_GREENING");

        assertEquals(List.of(cleaner), ids(found));
        assertEquals("CLEANING_GREENING", found.getString("items[0].category"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone=MOON", "category=SPACE_PILOT"})
    void unknownFilterValueIsRefused(String query) {
        assertProblem(given().when().get(JOBS + "?" + query), 400, "INVALID_PARAMETER");
    }

    @Test
    void pagesSplitTheResultsAndAPageBeyondTheEndIsEmptyWithTheTotal() {
        String word = marker();
        for (int i = 0; i < 3; i++) {
            publish(verified(), jobDraft(word + "岗位" + i));
        }

        JsonPath first = search("keyword", word, "page", "1", "size", "2");
        JsonPath second = search("keyword", word, "page", "2", "size", "2");
        JsonPath beyond = search("keyword", word, "page", "3", "size", "2");

        assertEquals(2, ids(first).size());
        assertEquals(1, ids(second).size());
        assertEquals(List.of(), ids(beyond));
        assertEquals(3, beyond.getInt("page"));
        assertEquals(2, beyond.getInt("size"));
        for (JsonPath page : List.of(first, second, beyond)) {
            assertEquals(3, page.getLong("total"));
        }
    }

    @Test
    void firstPageOfTwentyIsTheDefault() {
        JsonPath page = search();

        assertEquals(1, page.getInt("page"));
        assertEquals(20, page.getInt("size"));
    }

    @Test
    void fiftyIsTheLargestPage() {
        assertEquals(50, search("size", "50").getInt("size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=10001", "size=0", "size=51", "size=100000",
        "size=2.5"})
    void pagingOutsideItsLimitsIsRefusedNamingTheParameter(String query) {
        Response response = given().when().get(JOBS + "?" + query);

        assertProblem(response, 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo(query.substring(0, query.indexOf('='))));
    }

    @Test
    void overlongKeywordIsRefusedNamingTheParameter() {
        assertProblem(given().queryParam("keyword", "养".repeat(31)).when().get(JOBS), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("keyword"));
    }

    @Test
    void newestJobComesFirst() {
        String word = marker();
        long older = publish(verified(), jobDraft(word + "较早的岗位"));
        long newer = publish(verified(), jobDraft(word + "较新的岗位"));

        assertEquals(List.of(newer, older), ids(search("keyword", word)));
    }

    @Test
    void jobsSharingAPublishTimeComeInAStableOrderWithNoneRepeatedOrSkipped() {
        String word = marker();
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(publish(verified(), jobDraft(word + "同时发布" + i)));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        setPublishedAt(posted.get(0), now);
        for (long tied : posted.subList(1, 6)) {
            setPublishedAt(tied, now.minus(1, ChronoUnit.HOURS));
        }
        setPublishedAt(posted.get(6), now.minus(2, ChronoUnit.HOURS));
        index.refresh();

        List<Long> walked = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            walked.addAll(ids(search("keyword", word, "page", Integer.toString(page), "size", "2")));
        }

        List<Long> expected = List.of(posted.get(0), posted.get(5), posted.get(4), posted.get(3), posted.get(2),
                posted.get(1), posted.get(6));
        assertEquals(expected, walked);
    }

    @Test
    void searchAnswersCarryInstantsWithAnOffsetAndPlainDates() {
        String word = marker();
        publish(verified(), jobDraft(word + "岗位"));

        given().queryParam("keyword", word).when().get(JOBS)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("items[0].publishedAt", instantWithOffset())
                .body("items[0].validUntil", isoDate())
                .body("items[0].employerName", equalTo("威海颐养之家"))
                .body("items[0].payText", equalTo("2800-3500元/月"))
                .body("items[0].districtName", equalTo("环翠区"));
    }

    @Test
    void expiredJobLeavesTheSearchAndItsPage() {
        String word = marker();
        long job = publish(verified(), jobDraft(word + "岗位"));

        Sql.update(db, "update job set valid_until = ? where id = ?", Dates.today().minusDays(1), job);
        index.closeExpired();
        index.refresh();

        assertEquals(0, search("keyword", word).getLong("total"));
        assertProblem(given().when().get(JOBS + "/" + job), 404, "JOB_NOT_FOUND");
    }

    @Test
    void jobsOfAnEmployerWhoseVerificationIsWithdrawnLeaveTheSearchAndTheirPages() {
        String word = marker();
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海某养老院");
        long job = publish(employer, jobDraft(word + "岗位"));

        Api.decide(employer.id(), Map.of("decision", "REJECTED", "reason", "经核查营业执照已注销"))
                .then().statusCode(200);

        assertProblem(given().when().get(JOBS + "/" + job), 404, "JOB_NOT_FOUND");
        assertEquals(0, search("keyword", word).getLong("total"));
    }

    @Test
    void jobPageIsPublicAndShowsTheVerifiedEmployer() {
        EmployerAccount employer = newVerifiedEmployer(weChat, "威海市文登区颐养园");
        Map<String, Object> draft = jobDraft("老年餐厅帮厨");
        draft.put("payMin", 120);
        draft.put("payMax", 120);
        draft.put("payUnit", "DAY");
        long job = publish(employer, draft);

        given().when().get(JOBS + "/" + job)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo((int) job))
                .body("title", equalTo("老年餐厅帮厨"))
                .body("employer.id", equalTo((int) employer.id()))
                .body("employer.name", equalTo("威海市文登区颐养园"))
                .body("employer.verified", equalTo(true))
                .body("payText", equalTo("120元/天"))
                .body("description", equalTo(draft.get("description")))
                .body("address", equalTo(draft.get("address")))
                .body("schedule", equalTo(draft.get("schedule")))
                .body("headcount", equalTo(3))
                .body("protection", equalTo("OVER_AGE_INJURY_INSURANCE"))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", instantWithOffset())
                .body("updatedAt", instantWithOffset())
                .body("validUntil", isoDate());
    }

    @Test
    void jobThatDoesNotExistIsNotFound() {
        assertProblem(given().when().get(JOBS + "/987654321"), 404, "JOB_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1e3", "99999999999999999999"})
    void malformedJobIdIsRefusedNamingTheParameter(String id) {
        assertProblem(given().when().get(JOBS + "/" + id), 400, "VALIDATION_FAILED")
                .body("violations[0].field", equalTo("id"));
    }

    private EmployerAccount verified() {
        if (shared == null) {
            shared = newVerifiedEmployer(weChat, "威海颐养之家");
        }
        return shared;
    }

    private static Map<String, Object> inZones(String word, String... zones) {
        Map<String, Object> draft = jobDraft(word + String.join("+", zones));
        draft.put("zones", List.of(zones));
        return draft;
    }

    private void setPublishedAt(long jobId, Instant at) {
        // As any change does, the update moves updated_at and the version, so the index rereads it.
        Sql.update(db, "update job set published_at = ?, updated_at = ?, version = version + 1 where id = ?",
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC), jobId);
    }

    private static JsonPath search(String... nameValuePairs) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            query.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return given().queryParams(query).when().get(JOBS).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
