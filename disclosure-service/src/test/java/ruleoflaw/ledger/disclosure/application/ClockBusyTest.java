package ruleoflaw.ledger.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;

import ruleoflaw.ledger.platform.problem.StoreUnavailable;

/**
 * Seen in CI: an imported application's past-due answer deadline fired just as its extension, the next line, moved it,
 * and db-scheduler refused; the command was rolled back and answered 500. It is a busy clock for a moment: 503, retried.
 */
class ClockBusyTest {

    @Test
    void aDeadlineFiringWhileTheCommandMovesItIsAClockBusyForAMoment() {
        RuntimeException firing = new RuntimeException("command failed",
                new TaskInstanceCurrentlyExecutingException("ledger-deadline", "application-1"));
        assertThat(StoreUnavailable.clockBusy(firing)).isTrue();
        assertThat(StoreUnavailable.causedIt(firing)).isFalse();
        assertThat(StoreUnavailable.clockBusy(new IllegalStateException("something else"))).isFalse();
    }
}
