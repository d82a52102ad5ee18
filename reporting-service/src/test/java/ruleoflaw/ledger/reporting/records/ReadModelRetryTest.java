package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;

class ReadModelRetryTest {

    @Test
    void aWriteWhileTheServerIsAwayIsTriedAgainUntilItIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        ReadModelRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new DataAccessResourceFailureException("restarting",
                        new MongoSocketOpenException("Exception opening socket", new ServerAddress("127.0.0.1", 27018)));
            }
        });
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aFailureOfTheEventItselfGoesOnAtOnceToTheDeadLetterQueue() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ReadModelRetry.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no business date");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
