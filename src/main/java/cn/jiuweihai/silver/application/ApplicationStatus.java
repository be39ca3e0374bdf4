package cn.jiuweihai.silver.application;

import java.util.Map;
import java.util.Set;

/**
 * The pipeline of an application: submitted → viewed → interview → hired, or rejected or
 * withdrawn on the way. Only the moves listed here are allowed, and each side has its own.
 */
public enum ApplicationStatus {
    SUBMITTED("已投递"), VIEWED("单位已查看"), INTERVIEW("邀请面试"), HIRED("已录用"), REJECTED("未通过"),
    WITHDRAWN("已撤回");

    /** INTERVIEW to INTERVIEW is a new time or place for the interview. */
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER_MOVES = Map.of(
            SUBMITTED, Set.of(VIEWED, INTERVIEW, REJECTED),
            VIEWED, Set.of(INTERVIEW, REJECTED),
            INTERVIEW, Set.of(INTERVIEW, HIRED, REJECTED));

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> SEEKER_MOVES = Map.of(
            SUBMITTED, Set.of(WITHDRAWN),
            VIEWED, Set.of(WITHDRAWN),
            INTERVIEW, Set.of(WITHDRAWN));

    public final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    /** Whether an employer may move an application from this status to {@code next}. */
    boolean employerMayMoveTo(ApplicationStatus next) {
        return EMPLOYER_MOVES.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the seeker may move their own application from this status to {@code next}. */
    boolean seekerMayMoveTo(ApplicationStatus next) {
        return SEEKER_MOVES.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the application is still going: the employer and the seeker may call each other. */
    boolean isOpen() {
        return this == SUBMITTED || this == VIEWED || this == INTERVIEW;
    }
}
