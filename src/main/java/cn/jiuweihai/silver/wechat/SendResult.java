package cn.jiuweihai.silver.wechat;

/** What became of one subscribe message: sent, refused by the user, rejected, or worth a retry. */
public record SendResult(Outcome outcome, Integer errcode) {

    /** WeChat's error code when the user refused the template or has no send left. */
    public static final int USER_REFUSED = 43101;

    /** How the sender should treat the message next. */
    public enum Outcome {
        /** WeChat accepted it. */
        SENT,
        /** The user refused or used up the subscription: normal, never retried. */
        REFUSED,
        /** WeChat will never take this message as it is (bad template, user or data). */
        REJECTED,
        /** WeChat was busy or unreachable: try again later. */
        RETRY
    }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, null);
    }

    /** Classifies a WeChat error code of the send API. */
    public static SendResult ofError(int errcode) {
        return switch (errcode) {
            case USER_REFUSED -> new SendResult(Outcome.REFUSED, errcode);
            case 40003, 40037, 41030, 47003 -> new SendResult(Outcome.REJECTED, errcode);
            default -> new SendResult(Outcome.RETRY, errcode);
        };
    }

    /** WeChat could not be reached or answered with something that is not WeChat. */
    public static SendResult unreachable() {
        return new SendResult(Outcome.RETRY, null);
    }
}
