package cn.jiuweihai.silver.wechat;

/**
 * Who a WeChat user is to this mini-program. The session key WeChat also returns is never
 * kept: nothing here decrypts on the server.
 */
public record WeChatIdentity(String openid, String unionid) {

    @Override
    public String toString() {
        return "WeChatIdentity[redacted]";
    }
}
