package cn.jiuweihai.silver.wechat;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for WeChat in the local demo: every code is a login for a user derived from the
 * code, used once like a real one, except the printed demo codes, which work every time. Phone
 * codes share a phone number the same way.
 */
@ApplicationScoped
@IfBuildProperty(name = "silver.wechat.simulated", stringValue = "true")
public class SimulatedWeChatGateway implements WeChatGateway {

    private static final String DEMO_PHONE_PREFIX = "phone-";

    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private final WeChatConfig config;

    SimulatedWeChatGateway(WeChatConfig config) {
        this.config = config;
    }

    @PostConstruct
    void announce() {
        Log.info("WeChat is simulated: any wx.login code logs in, once; demo codes work every time");
    }

    @Override
    public WeChatIdentity exchangeLoginCode(String code) {
        boolean demo = config.demoCodes().contains(code);
        if (!demo && !usedCodes.add(code)) {
            throw WeChatProblems.forLogin(WeChatProblems.CODE_USED);
        }
        return new WeChatIdentity(openidFor(code), null);
    }

    @Override
    public SendResult sendSubscribeMessage(SubscribeMessage message) {
        Log.infof("Simulated WeChat: subscribe message of template %s, %d fields, page %s, not sent",
                message.templateId(), message.data().size(), message.page());
        return SendResult.sent();
    }

    /**
     * A code {@code phone-13906310528} shares that number (and works every time, for demos); any
     * other code shares a number derived from it, once.
     */
    @Override
    public WeChatPhone exchangePhoneCode(String code) {
        if (code.startsWith(DEMO_PHONE_PREFIX)) {
            return new WeChatPhone(code.substring(DEMO_PHONE_PREFIX.length()), "86");
        }
        if (!usedCodes.add("phone:" + code)) {
            throw WeChatProblems.forPhone(WeChatProblems.INVALID_CODE);
        }
        long digits = Long.parseLong(openidFor(code).substring(4, 14), 16) % 100_000_000L;
        return new WeChatPhone("139" + String.format("%08d", digits), "86");
    }

    /** Text holding one of the configured risky words is risky; everything else passes. */
    @Override
    public TextVerdict checkText(String openid, String title, String content) {
        String text = (title == null ? "" : title) + "\n" + (content == null ? "" : content);
        boolean risky = config.simulatedRiskyWords().stream().anyMatch(text::contains);
        return risky ? TextVerdict.RISKY : TextVerdict.PASS;
    }

    /** The simulated openid of the user behind a code; demo data uses it to own its records. */
    public static String openidFor(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return "sim-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
