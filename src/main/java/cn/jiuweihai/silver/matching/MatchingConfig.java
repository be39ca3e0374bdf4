package cn.jiuweihai.silver.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Weights of the recommendation score and how many rows a recommendation looks at. */
@ConfigMapping(prefix = "silver.matching")
public interface MatchingConfig {

    /** How much each factor counts; the score is their weighted share, 0 to 100. */
    Weights weights();

    /** How far a seeker travels when they did not say. */
    @WithDefault("5")
    int defaultTravelKm();

    /** Rows fetched from each source (own district, wanted categories or occupation, newest) before scoring. */
    @WithDefault("150")
    int poolPerSource();

    /** Weights per factor. */
    interface Weights {

        @WithDefault("30")
        int occupation();

        @WithDefault("20")
        int category();

        @WithDefault("25")
        int distance();

        @WithDefault("15")
        int physical();

        @WithDefault("10")
        int employmentForm();

        @WithDefault("5")
        int schedule();

        @WithDefault("10")
        int pay();

        @WithDefault("10")
        int features();
    }
}
