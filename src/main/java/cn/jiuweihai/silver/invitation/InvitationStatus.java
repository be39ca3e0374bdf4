package cn.jiuweihai.silver.invitation;

/** An invitation is sent, then accepted, declined, or left to expire. */
public enum InvitationStatus {
    SENT("待回复"), ACCEPTED("已接受"), DECLINED("已婉拒"), EXPIRED("已过期");

    public final String label;

    InvitationStatus(String label) {
        this.label = label;
    }
}
