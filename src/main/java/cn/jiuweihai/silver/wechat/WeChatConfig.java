package cn.jiuweihai.silver.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The one typed configuration from which the WeChat client is built. */
@ConfigMapping(prefix = "silver.wechat")
public interface WeChatConfig {

    /** Mini-program AppID. */
    String appId();

    /** Mini-program AppSecret; never logged, never returned. */
    String secret();

    /** API host, {@code https://api.weixin.qq.com} in production, a local fake in tests. */
    String apiHost();

    /** Connect and read timeout of each WeChat call. */
    Duration timeout();

    /**
     * Whether the simulated gateway replaces WxJava. Fixed at build time (it chooses the bean);
     * declared here because every key under {@code silver.wechat} must belong to this mapping.
     */
    @WithDefault("false")
    boolean simulated();

    /** Login codes the simulated WeChat accepts again and again (printed demo codes). */
    @WithDefault("demo-seeker,demo-employer,demo-seeker-2")
    List<String> demoCodes();

    /** Words the simulated text security check calls risky, so the demo shows the moderation queue. */
    @WithDefault("赌博,代开发票,高额返利")
    List<String> simulatedRiskyWords();
}
