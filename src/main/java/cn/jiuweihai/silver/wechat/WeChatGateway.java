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
}
