package cn.jiuweihai.silver.employer;

/** Where an employer stands with the bureau; only VERIFIED employers publish jobs. */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED
}
