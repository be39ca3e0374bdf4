package cn.jiuweihai.silver.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves of the application pipeline each side may make, and no others. */
class ApplicationStatusTest {

    @Test
    void employerMovesAnApplicationForwardOrRejectsIt() {
        assertEquals(Set.of(ApplicationStatus.VIEWED, ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED),
                employerTargets(ApplicationStatus.SUBMITTED));
        assertEquals(Set.of(ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED),
                employerTargets(ApplicationStatus.VIEWED));
        assertEquals(Set.of(ApplicationStatus.INTERVIEW, ApplicationStatus.HIRED, ApplicationStatus.REJECTED),
                employerTargets(ApplicationStatus.INTERVIEW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"HIRED", "REJECTED", "WITHDRAWN"})
    void finishedApplicationsMoveNoFurther(ApplicationStatus finished) {
        assertEquals(Set.of(), employerTargets(finished));
        assertFalse(finished.seekerMayMoveTo(ApplicationStatus.WITHDRAWN));
        assertFalse(finished.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "VIEWED", "INTERVIEW"})
    void seekerMayWithdrawWhileTheApplicationIsGoing(ApplicationStatus open) {
        assertTrue(open.seekerMayMoveTo(ApplicationStatus.WITHDRAWN));
        assertTrue(open.isOpen());
    }

    @Test
    void seekerCannotHireOrRejectThemselves() {
        for (ApplicationStatus from : ApplicationStatus.values()) {
            assertFalse(from.seekerMayMoveTo(ApplicationStatus.HIRED));
            assertFalse(from.seekerMayMoveTo(ApplicationStatus.REJECTED));
            assertFalse(from.seekerMayMoveTo(ApplicationStatus.INTERVIEW));
        }
    }

    @Test
    void employerCannotWithdrawForTheSeeker() {
        for (ApplicationStatus from : ApplicationStatus.values()) {
            assertFalse(from.employerMayMoveTo(ApplicationStatus.WITHDRAWN));
            assertFalse(from.employerMayMoveTo(ApplicationStatus.SUBMITTED));
        }
    }

    private static Set<ApplicationStatus> employerTargets(ApplicationStatus from) {
        return EnumSet.allOf(ApplicationStatus.class).stream().filter(from::employerMayMoveTo)
                .collect(Collectors.toSet());
    }
}
