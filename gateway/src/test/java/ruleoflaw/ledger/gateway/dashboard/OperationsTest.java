package ruleoflaw.ledger.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class OperationsTest {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2025-03-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Moving clock = new Moving();
    private final Operations operations = new Operations(clock);

    @Test
    void anOperationIsKeptFiveMinutesAfterItsLastReportAndKeepsItsStart() {
        operations.report("import-1", "recorder", report(10, 100, false));
        Instant started = clock.now;
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        operations.report("import-1", "recorder", report(100, 100, true));

        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(operations.recent()).singleElement().satisfies(operation -> {
            assertThat(operation.done()).isEqualTo(100);
            assertThat(operation.finished()).isTrue();
            assertThat(operation.startedAt()).isEqualTo(started);
        });

        clock.now = clock.now.plus(Duration.ofMinutes(1)).plusSeconds(1);
        assertThat(operations.recent()).isEmpty();
    }

    @Test
    void theLatestReportedComesFirstAndAnIdBelongsToItsReporter() {
        operations.report("a", "recorder", report(1, 2, false));
        clock.now = clock.now.plusSeconds(2);
        operations.report("b", "admin", report(1, 2, false));

        assertThat(operations.recent()).extracting(Operation::id).containsExactly("b", "a");
        assertThatThrownBy(() -> operations.report("a", "admin", report(2, 2, true)))
                .isInstanceOf(Operations.OperationOfAnother.class);
    }

    private static Operation.Report report(long done, long total, boolean finished) {
        return new Operation.Report("import", "样例年度", done, total, 5.0, 1.0, finished);
    }
}
