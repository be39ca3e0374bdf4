package cn.jiuweihai.silver.wechat;

import cn.jiuweihai.silver.common.ProblemException;

/** What the user is told when WeChat refuses or cannot be reached. */
final class WeChatProblems {

    static final int INVALID_CODE = 40029;
    static final int CODE_USED = 40163;
    static final int RATE_LIMITED = 45011;
    static final int HIGH_RISK = 40226;

    private WeChatProblems() {
    }

    /** Maps a WeChat error code from a login exchange to the answer for the user. */
    static ProblemException forLogin(int errcode) {
        return switch (errcode) {
            case INVALID_CODE -> ProblemException.badRequest("WECHAT_CODE_INVALID", "登录凭证无效",
                    "微信登录凭证无效或已过期，请重新打开小程序再试");
            case CODE_USED -> ProblemException.badRequest("WECHAT_CODE_USED", "登录凭证已使用",
                    "这个微信登录凭证已经用过了，请重新打开小程序再试");
            case RATE_LIMITED -> new ProblemException(429, "WECHAT_RATE_LIMITED", "操作太频繁",
                    "登录太频繁了，请过一分钟再试");
            case HIGH_RISK -> ProblemException.forbidden("WECHAT_USER_BLOCKED", "暂时无法登录",
                    "微信认为当前账号存在风险，暂时不能登录，请稍后再试或联系客服");
            default -> unavailable();
        };
    }

    /** Maps a WeChat error code from a phone-number exchange to the answer for the user. */
    static ProblemException forPhone(int errcode) {
        return switch (errcode) {
            case INVALID_CODE -> ProblemException.invalidField("WECHAT_PHONE_CODE_INVALID", "phoneCode",
                    "微信手机号授权已失效，请重新点“获取手机号”，或直接填写手机号码");
            case RATE_LIMITED -> new ProblemException(429, "WECHAT_RATE_LIMITED", "操作太频繁",
                    "获取手机号太频繁了，请过一分钟再试，或直接填写手机号码");
            default -> phoneUnavailable();
        };
    }

    /** WeChat answered without a phone number, or could not be reached. */
    static ProblemException phoneUnavailable() {
        return new ProblemException(503, "WECHAT_PHONE_UNAVAILABLE", "暂时拿不到微信手机号",
                "暂时无法从微信获取手机号，请稍后再试，或直接填写手机号码");
    }

    static ProblemException unavailable() {
        return new ProblemException(503, "WECHAT_UNAVAILABLE", "微信服务暂时不可用",
                "暂时连不上微信，请稍后再试");
    }
}
