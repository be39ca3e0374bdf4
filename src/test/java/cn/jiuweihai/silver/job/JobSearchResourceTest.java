package cn.jiuweihai.silver.job;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Market;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class JobSearchResourceTest {

    @InjectFakeWeChat
    FakeWeChat weChat;

    private Market.Person clerk;
    private long employerId;

    @BeforeEach
    void verifiedEmployer() {
        weChat.reset();
        Market market = new Market(weChat);
        clerk = market.newUser();
        employerId = market.verifiedEmployer(clerk, "威海好帮手家政" + Market.tag());
    }

    @Test
    void nearMeFindsJobsWithinTheRadiusNearestFirstWithTheirDistance() {
        String tag = Market.tag();
        long far = postAt(tag + "远", 37.5400, 122.1133);
        long near = postAt(tag + "近", 37.5100, 122.1133);
        postAt(tag + "太远", 37.2000, 122.1133);

        Response found = given().queryParams(Map.of("keyword", tag, "lat", "37.5092", "lon", "122.1133",
                "radiusKm", "5", "sort", "DISTANCE")).get("/api/v1/jobs");

        found.then().statusCode(200).body("total", equalTo(2)).body("items.id", contains((int) near, (int) far));
        int meters = found.path("items[0].distanceMeters");
        assertTrue(meters > 50 && meters < 130, "0.0008 degrees of latitude is about 89 m, got " + meters);
    }

    @Test
    void filtersByEveryAgeFriendlyChoiceTogether() {
        String tag = Market.tag();
        Map<String, Object> suited = Market.job("坐姿岗" + tag);
        long suitedId = Market.post(clerk, employerId, suited).then().extract().jsonPath().getLong("id");
        Map<String, Object> heavy = Market.job("搬运岗" + tag);
        heavy.put("physicalDemand", "HIGH");
        Market.post(clerk, employerId, heavy).then().statusCode(201);
        Map<String, Object> young = Market.job("年轻岗" + tag);
        young.put("ageMin", 18);
        young.put("ageMax", 40);
        Market.post(clerk, employerId, young).then().statusCode(201);

        given().queryParam("keyword", tag).queryParam("feature", "SEATED_WORK", "NO_NIGHT_SHIFT")
                .queryParam("physicalDemand", "MEDIUM").queryParam("age", "60").queryParam("zone", "SILVER_TALENT")
                .queryParam("employmentForm", "PART_TIME").queryParam("category", "ELDERLY_CARE")
                .get("/api/v1/jobs").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) suitedId));
    }

    @Test
    void minimumPayComparesDayPayWithMonthlyPay() {
        String tag = Market.tag();
        Map<String, Object> daily = Market.job("日结岗" + tag);
        daily.putAll(Map.of("payMin", 140, "payMax", 160, "payUnit", "DAY"));
        long dailyId = Market.post(clerk, employerId, daily).then().extract().jsonPath().getLong("id");
        Market.post(clerk, employerId, Market.job("月薪岗" + tag)).then().statusCode(201);

        given().queryParams(Map.of("keyword", tag, "minPay", "3400")).get("/api/v1/jobs").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) dailyId));
        given().queryParams(Map.of("keyword", tag, "minPay", "3400", "sort", "PAY")).get("/api/v1/jobs").then()
                .body("items[0].payText", equalTo("140-160元/天"));
    }

    @Test
    void pagesOfJobsSharingTheSortValueNeitherRepeatNorSkip() {
        String tag = Market.tag();
        for (int i = 0; i < 7; i++) {
            Market.post(clerk, employerId, Market.job("同薪岗" + tag)).then().statusCode(201);
        }

        List<Integer> seen = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            seen.addAll(given().queryParams(Map.of("keyword", tag, "sort", "PAY", "size", "2", "page", page))
                    .get("/api/v1/jobs").then().body("total", equalTo(7)).extract().<List<Integer>>path("items.id"));
        }

        assertEquals(7, seen.size());
        assertEquals(7, new HashSet<>(seen).size());
    }

    @Test
    void keywordWithLikeWildcardsIsMatchedLiterally() {
        String tag = Market.tag();
        Market.post(clerk, employerId, Market.job("提成10%" + tag)).then().statusCode(201);
        Market.post(clerk, employerId, Market.job("提成100" + tag)).then().statusCode(201);

        given().queryParam("keyword", "10%" + tag).get("/api/v1/jobs").then().body("total", equalTo(1));
        given().queryParam("keyword", "_" + tag).get("/api/v1/jobs").then().body("total", equalTo(0));
    }

    @Test
    void keywordFindsTheEmployerName() {
        String name = "乐龄康养" + Market.tag();
        long otherEmployer = new Market(weChat).verifiedEmployer(clerk, name);
        long id = Market.post(clerk, otherEmployer, Market.job("护理员")).then().extract().jsonPath().getLong("id");

        given().queryParam("keyword", name).get("/api/v1/jobs").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id)).body("items[0].employerName", equalTo(name));
    }

    @Test
    void jobDetailShowsTheEmployerVerifiedAndItsMarks() {
        long id = Market.post(clerk, employerId, Market.job("护理员" + Market.tag())).then().extract().jsonPath()
                .getLong("id");

        given().get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("employer.verified", equalTo(true)).body("employer.ageFriendly", equalTo(false))
                .body("employer.silverSegment", equalTo("ELDERLY_CARE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zone=FOO", "sort=CHEAPEST", "feature=FLYING", "lat=37.5", "sort=DISTANCE",
        "radiusKm=500", "minPay=-1", "age=7", "category=NOPE", "physicalDemand=NONE"})
    void mistakenFiltersAreAnsweredWithBadRequestNamingTheParameter(String query) {
        Response response = given().get("/api/v1/jobs?" + query);

        assertEquals(400, response.statusCode(), response.asString());
        assertTrue(response.asString().contains("violations"), response.asString());
    }

    @Test
    void unknownJobIsNotFound() {
        assertProblem(given().get("/api/v1/jobs/987654321"), 404, "JOB_NOT_FOUND");
    }

    private long postAt(String title, double lat, double lon) {
        Map<String, Object> job = Market.job(title);
        job.put("latitude", lat);
        job.put("longitude", lon);
        return Market.post(clerk, employerId, job).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
