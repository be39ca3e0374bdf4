package cn.jiuweihai.silver.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template values shortened to WeChat's limits, and the backoff between attempts. */
class WeChatFieldsTest {

    @Test
    void thingLongerThanTwentyCharactersIsCutWithAnEllipsis() {
        String title = "威海市环翠区竹岛街道海港社区日间照料中心助老服务员岗位";

        String shortened = WeChatFields.shorten(FieldType.THING, title);

        assertEquals(20, shortened.codePointCount(0, shortened.length()));
        assertEquals("威海市环翠区竹岛街道海港社区日间照料中…", shortened);
    }

    @Test
    void valuesWithinTheLimitStayAsTheyAre() {
        assertEquals("社区助老员", WeChatFields.shorten(FieldType.THING, " 社区助老员 "));
        assertEquals("单位已查看", WeChatFields.shorten(FieldType.PHRASE, "单位已查看"));
    }

    @Test
    void emojiCountAsOneCharacterAndAreNeverCutInHalf() {
        String shortened = WeChatFields.shorten(FieldType.PHRASE, "🌸🌸🌸🌸🌸🌸");

        assertEquals("🌸🌸🌸🌸…", shortened);
    }

    @Test
    void phraseIsCutToFiveAndBlankBecomesADash() {
        assertEquals("邀请面试…", WeChatFields.shorten(FieldType.PHRASE, "邀请面试已改期"));
        assertEquals("-", WeChatFields.shorten(FieldType.THING, "  "));
        assertEquals("-", WeChatFields.shorten(FieldType.THING, null));
    }

    @Test
    void fillNamesTheTemplateFieldsInOrder() {
        Map<String, String> data = WeChatFields.fill(SubscribeTemplate.APPLICATION_PROGRESS,
                List.of("保洁员", "邀请面试", "12月10日 09:30，一楼接待室"));

        assertEquals(List.of("thing1", "phrase2", "thing3"), List.copyOf(data.keySet()));
        assertEquals("邀请面试", data.get("phrase2"));
    }

    @Test
    void fillRefusesTheWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class,
                () -> WeChatFields.fill(SubscribeTemplate.INVITATION, List.of("保洁员")));
    }

    @Test
    void timeIsShownInWeihaiTime() {
        assertEquals("2026-12-10 09:30", WeChatFields.time(Instant.parse("2026-12-10T01:30:00Z")));
    }

    @Test
    void backoffDoublesFromTheBaseUpToTheMaximum() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(10);

        assertEquals(Duration.ofSeconds(30), Backoff.after(1, base, max));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, base, max));
        assertEquals(Duration.ofSeconds(240), Backoff.after(4, base, max));
        assertEquals(max, Backoff.after(6, base, max));
        assertEquals(max, Backoff.after(500, base, max));
    }
}
