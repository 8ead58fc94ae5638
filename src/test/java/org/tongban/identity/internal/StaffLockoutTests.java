package org.tongban.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The lockout rule of the {@link Staff} aggregate, with time passed in: no Spring, no waiting. */
class StaffLockoutTests {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final Staff staff = new Staff("wangfang", "王芳", null, "hash", false, NINE);

    @Test
    void locksAfterTheConfiguredNumberOfConsecutiveFailures() {
        failTimes(MAX_FAILURES - 1, NINE);
        assertThat(staff.isLockedAt(NINE)).isFalse();
        assertThat(staff.getFailedAttempts()).isEqualTo(MAX_FAILURES - 1);

        boolean locked = staff.recordFailedLogin(NINE.plusSeconds(30), MAX_FAILURES, LOCK);

        assertThat(locked).as("this failure locked it").isTrue();
        assertThat(staff.isLockedAt(NINE.plusSeconds(30))).isTrue();
        assertThat(staff.getLockedUntil()).isEqualTo(NINE.plusSeconds(30).plus(LOCK));
    }

    @Test
    void unlocksByItselfWhenTheDurationHasPassed() {
        failTimes(MAX_FAILURES, NINE);
        LocalDateTime until = staff.getLockedUntil();

        assertThat(staff.isLockedAt(until.minusSeconds(1))).isTrue();
        assertThat(staff.isLockedAt(until)).isFalse();
        // After the lock the count starts again from zero.
        staff.recordFailedLogin(until.plusMinutes(1), MAX_FAILURES, LOCK);
        assertThat(staff.isLockedAt(until.plusMinutes(1))).isFalse();
        assertThat(staff.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void failuresDuringTheLockDoNotExtendIt() {
        failTimes(MAX_FAILURES, NINE);
        LocalDateTime until = staff.getLockedUntil();

        assertThat(staff.recordFailedLogin(NINE.plusMinutes(5), MAX_FAILURES, LOCK)).as("locked already").isFalse();
        failTimes(10, NINE.plusMinutes(5));

        assertThat(staff.getLockedUntil()).isEqualTo(until);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        failTimes(MAX_FAILURES - 1, NINE);

        staff.recordSuccessfulLogin(NINE.plusMinutes(1));
        failTimes(MAX_FAILURES - 1, NINE.plusMinutes(2));

        assertThat(staff.isLockedAt(NINE.plusMinutes(2))).isFalse();
        assertThat(staff.getLastLoginAt()).isEqualTo(NINE.plusMinutes(1));
    }

    @Test
    void anAdministratorCanUnlockEarly() {
        failTimes(MAX_FAILURES, NINE);

        staff.unlock();

        assertThat(staff.isLockedAt(NINE.plusSeconds(1))).isFalse();
        assertThat(staff.getFailedAttempts()).isZero();
    }

    private void failTimes(int times, LocalDateTime at) {
        for (int i = 0; i < times; i++) {
            staff.recordFailedLogin(at, MAX_FAILURES, LOCK);
        }
    }
}
