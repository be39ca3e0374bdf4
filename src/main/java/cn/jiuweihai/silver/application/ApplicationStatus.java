package cn.jiuweihai.silver.application;

import java.util.Map;
import java.util.Set;

/**
 * The pipeline of an application: submitted → viewed → interview → hired, or rejected or
 * withdrawn on the way. Only the moves listed here are allowed.
 */
public enum ApplicationStatus {
    SUBMITTED("已投递"), VIEWED("单位已查看"), INTERVIEW("邀请面试"), HIRED("已录用"), REJECTED("未通过"),
    WITHDRAWN("已撤回");

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> EMPLOYER_MOVES = Map.of(
            SUBMITTED, Set.of(VIEWED, INTERVIEW, REJECTED),
            VIEWED, Set.of(INTERVIEW, REJECTED),
            INTERVIEW, Set.of(HIRED, REJECTED));

    public final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    /** Whether an employer may move an application from this status to {@code next}. */
    boolean employerMayMoveTo(ApplicationStatus next) {
        return EMPLOYER_MOVES.getOrDefault(this, Set.of()).contains(next);
    }
}
