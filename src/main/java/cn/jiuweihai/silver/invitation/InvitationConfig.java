package cn.jiuweihai.silver.invitation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long invitations stay open and how many an employer may send a day. */
@ConfigMapping(prefix = "silver.invitation")
public interface InvitationConfig {

    /** How long a seeker has to answer. */
    @WithDefault("P7D")
    Duration validFor();

    /** Invitations one employer may send per day (Asia/Shanghai), across all its members and instances. */
    @WithDefault("30")
    int dailyLimit();

    /** How often expired invitations are marked so ({@code off} disables the timer). */
    @WithDefault("10m")
    String sweepEvery();
}
