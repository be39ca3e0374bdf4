package cn.jiuweihai.silver.wechat;

/** What WeChat's text security check said about a piece of text. */
public enum TextVerdict {
    /** WeChat found nothing wrong. */
    PASS,
    /** WeChat suggests a person looks at it. */
    REVIEW,
    /** WeChat found prohibited content. */
    RISKY,
    /** The check could not be made (WeChat refused or was unreachable). */
    UNVERIFIED;

    /** Whether the text may be published without a person looking at it. */
    public boolean passed() {
        return this == PASS;
    }
}
