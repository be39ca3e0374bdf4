package cn.jiuweihai.silver.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Notices and the WeChat subscribe-message sender. */
@ConfigMapping(prefix = "silver.notification")
public interface NotificationConfig {

    /** WeChat template id per template key; a template without an id is kept in-app only. */
    Map<String, String> templates();

    /** How often the sender looks for due messages ({@code off} disables the timer). */
    @WithDefault("10s")
    String sendEvery();

    /** Wait before the first retry; doubled on each further failure. */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration backoffMax();

    /** Attempts before a message is given up as failed. */
    @WithDefault("10")
    int maxAttempts();

    /** How long a claimed message stays with the instance that claimed it. */
    @WithDefault("PT2M")
    Duration lease();

    /** Messages one run of the sender takes at most. */
    @WithDefault("50")
    int batchSize();
}
