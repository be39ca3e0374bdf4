package cn.jiuweihai.silver.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a fake WeChat API server on a free local port for {@code @QuarkusTest}s and points
 * the application's WeChat client at it ({@code silver.wechat.api-host}).
 */
public class FakeWeChatResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    private FakeWeChat weChat;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        weChat = new FakeWeChat(server);
        weChat.reset();
        return Map.of("silver.wechat.api-host", "http://127.0.0.1:" + server.port());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(weChat,
                new TestInjector.AnnotatedAndMatchesType(InjectFakeWeChat.class, FakeWeChat.class));
    }

    FakeWeChat weChat() {
        return weChat;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
