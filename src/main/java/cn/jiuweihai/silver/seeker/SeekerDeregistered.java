package cn.jiuweihai.silver.seeker;

/**
 * Fired inside the deregistration's transaction, before the registration is anonymised, so other
 * features can let go of the seeker (open applications are withdrawn).
 */
public record SeekerDeregistered(long seekerId, long userId) {
}
