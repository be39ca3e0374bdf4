package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.PhoneNumber;
import cn.jiuweihai.silver.common.ProblemException;
import cn.jiuweihai.silver.wechat.WeChatGateway;
import cn.jiuweihai.silver.wechat.WeChatPhone;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The phone number of a registration: from the getPhoneNumber button's code when there is one
 * (WeChat is asked outside any transaction), else as the person typed it.
 */
@ApplicationScoped
class PhoneInput {

    private static final String MAINLAND = "86";

    private final WeChatGateway weChat;

    PhoneInput(WeChatGateway weChat) {
        this.weChat = weChat;
    }

    ResolvedPhone resolve(String typed, String phoneCode) {
        if (phoneCode != null && !phoneCode.isBlank()) {
            return fromWeChat(phoneCode.strip());
        }
        if (typed == null || typed.isBlank()) {
            throw ProblemException.invalidField("PHONE_REQUIRED", "phone", "请填写手机号码，或点“获取手机号”使用微信绑定的号码");
        }
        return new ResolvedPhone(PhoneNumber.normalize(typed, "phone"), SeekerEnums.PhoneSource.MANUAL);
    }

    private ResolvedPhone fromWeChat(String code) {
        WeChatPhone phone = weChat.exchangePhoneCode(code);
        if (phone.countryCode() != null && !MAINLAND.equals(phone.countryCode().replace("+", ""))) {
            throw ProblemException.invalidField("PHONE_NOT_MAINLAND", "phoneCode",
                    "微信绑定的不是大陆手机号，请直接填写一个大陆手机号码");
        }
        return new ResolvedPhone(PhoneNumber.normalize(phone.purePhoneNumber(), "phoneCode"),
                SeekerEnums.PhoneSource.WECHAT);
    }
}
