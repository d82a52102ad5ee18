package ruleoflaw.ledger.reporting.projections;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits until a projection, which runs on its own thread, has applied a write, so that the writer reads its own write;
 * gives up after its patience (the answer then says what the read model holds, or nothing).
 */
public final class ReadYourWrite {

    private ReadYourWrite() {
    }

    /** {@code read} again every 20 ms until it has something, for at most {@code patience}. */
    public static <T> Optional<T> await(Supplier<Optional<T>> read, Duration patience) {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> found = read.get();
            if (found.isPresent() || System.nanoTime() > giveUp) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
