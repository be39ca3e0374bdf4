package cn.jiuweihai.silver.notification;

import java.time.Duration;

/** How long to wait before the next attempt: doubling from a base, never beyond a maximum. */
final class Backoff {

    private Backoff() {
    }

    /** The wait after {@code attempts} failed attempts (1 for the first failure). */
    static Duration after(int attempts, Duration base, Duration max) {
        if (attempts <= 0 || base.isZero()) {
            return base;
        }
        int doublings = Math.min(attempts - 1, 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
