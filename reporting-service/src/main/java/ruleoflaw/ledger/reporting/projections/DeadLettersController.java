package ruleoflaw.ledger.reporting.projections;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Admins see the events the projections failed on, hand them back once the fault is mended, or drop them. */
@RestController
@RequestMapping("/api/reports/admin/dead-letters")
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Listing(long size, List<DeadLetters.Sequence> sequences) {
    }

    record Retried(String sequenceId, long remaining) {
    }

    record RetriedAll(int revived, long remaining) {
    }

    record Evicted(String sequenceId, int evicted) {
    }

    @GetMapping
    Listing list() {
        List<DeadLetters.Sequence> sequences = deadLetters.list();
        return new Listing(sequences.stream().mapToLong(sequence -> sequence.letters().size()).sum(), sequences);
    }

    /** Processes the sequence's letters in order until one fails again; {@code remaining} are still dead. */
    @PostMapping("/{sequenceId}/retry")
    Retried retry(@PathVariable String sequenceId) {
        long remaining = deadLetters.retry(sequenceId);
        if (remaining < 0) {
            throw noSuch(sequenceId);
        }
        return new Retried(sequenceId, remaining);
    }

    @PostMapping("/retry")
    RetriedAll retryAll() {
        int revived = deadLetters.retryAll();
        return new RetriedAll(revived, deadLetters.size());
    }

    @DeleteMapping("/{sequenceId}")
    Evicted evict(@PathVariable String sequenceId) {
        int evicted = deadLetters.evict(sequenceId);
        if (evicted == 0) {
            throw noSuch(sequenceId);
        }
        return new Evicted(sequenceId, evicted);
    }

    private static ResponseStatusException noSuch(String sequenceId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No dead letters of sequence " + sequenceId + ".");
    }
}
