package cn.jiuweihai.silver.testing;

import static org.hamcrest.text.MatchesPattern.matchesPattern;

import org.hamcrest.Matcher;

/** The text forms of the contract: instants with an offset, dates as yyyy-MM-dd. */
public final class Formats {

    private Formats() {
    }

    /** An ISO-8601 instant that says its offset: {@code Z} or {@code +08:00}. */
    public static Matcher<String> instantWithOffset() {
        return matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    }

    /** A calendar date, {@code yyyy-MM-dd}. */
    public static Matcher<String> isoDate() {
        return matchesPattern("\\d{4}-\\d{2}-\\d{2}");
    }
}
