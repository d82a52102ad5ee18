package ruleoflaw.ledger.gateway.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The long operations reported lately, in memory only: progress is worth showing while it moves, so an operation
 * not reported for {@link #KEPT} is forgotten, and a gateway restart forgets them all.
 */
@Component
class Operations {

    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 100;

    private final Map<String, Operation> reported = new ConcurrentHashMap<>();
    private final Clock clock;

    Operations(Clock clock) {
        this.clock = clock;
    }

    /** Records a report; an id belongs to the user who first reported it while it is kept. */
    synchronized Operation report(String id, String user, Operation.Report report) {
        forgetStale();
        Instant now = clock.instant();
        Operation before = reported.get(id);
        if (before != null && !before.user().equals(user)) {
            throw new OperationOfAnother(id);
        }
        if (before == null && reported.size() >= MOST) {
            reported.values().stream().min(Comparator.comparing(Operation::updatedAt))
                    .ifPresent(oldest -> reported.remove(oldest.id()));
        }
        Operation operation = new Operation(id, report.kind(), report.label(), user, report.done(), report.total(),
                report.rate(), report.eta(), Boolean.TRUE.equals(report.finished()),
                before == null ? now : before.startedAt(), now);
        reported.put(id, operation);
        return operation;
    }

    /** The operations reported within {@link #KEPT}, the latest first. */
    List<Operation> recent() {
        forgetStale();
        return reported.values().stream().sorted(Comparator.comparing(Operation::updatedAt).reversed()).toList();
    }

    private void forgetStale() {
        Instant limit = clock.instant().minus(KEPT);
        reported.values().removeIf(operation -> operation.updatedAt().isBefore(limit));
    }

    static class OperationOfAnother extends RuntimeException {
        OperationOfAnother(String id) {
            super("Operation " + id + " is reported by another user; choose another id.");
        }
    }
}
