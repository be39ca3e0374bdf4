package cn.jiuweihai.silver.wechat;

/** The phone number a user agreed to share through the getPhoneNumber button. */
public record WeChatPhone(String purePhoneNumber, String countryCode) {

    @Override
    public String toString() {
        return "WeChatPhone[redacted]";
    }
}
