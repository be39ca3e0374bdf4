package cn.jiuweihai.silver.wechat;

/**
 * The only way the service reaches WeChat. One implementation calls the real API through
 * WxJava; a simulated one serves the local demo. Failures are thrown as problem answers
 * (bad code, WeChat unavailable) that can go to the user as they are.
 */
public interface WeChatGateway {

    /** Exchanges a {@code wx.login} code for the user's identity; the session key is dropped. */
    WeChatIdentity exchangeLoginCode(String code);

    /** Sends a subscribe message; never throws: WeChat trouble comes back as a result to retry. */
    SendResult sendSubscribeMessage(SubscribeMessage message);

    /**
     * Exchanges the code of the {@code getPhoneNumber} button for the phone number the user chose
     * to share (the code-based API: nothing is decrypted on the server).
     */
    WeChatPhone exchangePhoneCode(String code);

    /**
     * Checks a title and body with WeChat's text security API (msgSecCheck, version 2) on behalf
     * of the user who wrote them. Never throws: a check that cannot be made is
     * {@link TextVerdict#UNVERIFIED}, and the caller holds the text for a person to review.
     */
    TextVerdict checkText(String openid, String title, String content);
}
