package cn.jiuweihai.silver.favourite;

import static cn.jiuweihai.silver.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.jiuweihai.silver.testing.FakeWeChat;
import cn.jiuweihai.silver.testing.FakeWeChatResource;
import cn.jiuweihai.silver.testing.InjectFakeWeChat;
import cn.jiuweihai.silver.testing.Market;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeWeChatResource.class)
class FavouriteTest {

    private static final String MINE = "/api/v1/seekers/me/favourites";

    @InjectFakeWeChat
    FakeWeChat weChat;

    private Market market;
    private Market.Person clerk;
    private long employerId;

    @BeforeEach
    void market() {
        weChat.reset();
        market = new Market(weChat);
        clerk = market.newUser();
        employerId = market.verifiedEmployer(clerk, "威海颐养" + Market.tag());
    }

    @Test
    void seekerSavesJobsAndReadsThemBackNewestFirst() {
        Market.Person seeker = market.registeredSeeker();
        long first = postJob();
        long second = postJob();

        seeker.as().put(MINE + "/" + first).then().statusCode(204);
        seeker.as().put(MINE + "/" + second).then().statusCode(204);
        seeker.as().put(MINE + "/" + first).then().statusCode(204);

        seeker.as().get(MINE).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", contains((int) second, (int) first));
    }

    @Test
    void removedFavouriteIsGoneAndRemovingAgainIsHarmless() {
        Market.Person seeker = market.registeredSeeker();
        long job = postJob();
        seeker.as().put(MINE + "/" + job).then().statusCode(204);

        seeker.as().delete(MINE + "/" + job).then().statusCode(204);
        seeker.as().delete(MINE + "/" + job).then().statusCode(204);

        seeker.as().get(MINE).then().body("total", equalTo(0));
    }

    @Test
    void closedJobStaysInTheListWithItsStatus() {
        Market.Person seeker = market.registeredSeeker();
        long job = postJob();
        seeker.as().put(MINE + "/" + job).then().statusCode(204);

        clerk.as().post("/api/v1/employers/" + employerId + "/jobs/" + job + "/close").then().statusCode(200);

        seeker.as().get(MINE).then().body("items[0].status", equalTo("CLOSED"));
    }

    @Test
    void unknownJobCannotBeSavedAndUnregisteredUserHasNoList() {
        Market.Person seeker = market.registeredSeeker();

        assertProblem(seeker.as().put(MINE + "/987654321"), 404, "JOB_NOT_FOUND");
        assertProblem(market.newUser().as().get(MINE), 403, "SEEKER_PROFILE_REQUIRED");
    }

    private long postJob() {
        return Market.post(clerk, employerId, Market.job("助老员" + Market.tag())).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
