package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.auth.UserAccount;
import cn.jiuweihai.silver.wechat.TextVerdict;
import cn.jiuweihai.silver.wechat.WeChatGateway;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Every title and description goes through WeChat's text security check before it is published. */
@ApplicationScoped
class ContentCheck {

    private final WeChatGateway weChat;

    ContentCheck(WeChatGateway weChat) {
        this.weChat = weChat;
    }

    /** The verdict on a job's text, checked on behalf of the member who wrote it. */
    TextVerdict of(long userId, String title, String description) {
        UserAccount author = UserAccount.findById(userId);
        TextVerdict verdict = weChat.checkText(author.openid, title, description);
        if (!verdict.passed()) {
            Log.infof("Text of user %d held for review: %s", userId, verdict);
        }
        return verdict;
    }

    /** Why a job whose text did not pass waits for staff. */
    static JobEnums.ReviewCause causeOf(TextVerdict verdict) {
        return switch (verdict) {
            case RISKY -> JobEnums.ReviewCause.CONTENT_RISKY;
            case REVIEW -> JobEnums.ReviewCause.CONTENT_REVIEW;
            default -> JobEnums.ReviewCause.CONTENT_UNVERIFIED;
        };
    }
}
