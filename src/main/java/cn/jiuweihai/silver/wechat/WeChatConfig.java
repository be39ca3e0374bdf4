package cn.jiuweihai.silver.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The one typed configuration from which the WeChat client is built. */
@ConfigMapping(prefix = "silver.wechat")
public interface WeChatConfig {

    /** True in the local demo: WeChat is simulated in-process (chosen at build time). */
    @WithDefault("false")
    boolean simulated();

    /** Mini-program AppID. */
    String appId();

    /** Mini-program AppSecret; never logged, never returned. */
    String secret();

    /** API host, {@code https://api.weixin.qq.com} in production, a local fake in tests. */
    String apiHost();

    /** Connect and read timeout of each WeChat call. */
    Duration timeout();

    /** Login codes the simulated WeChat accepts again and again (printed demo codes). */
    @WithDefault("demo-seeker,demo-employer,demo-seeker-2")
    List<String> demoCodes();
}
