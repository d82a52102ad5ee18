package ruleoflaw.ledger.platform.metrics;

/**
 * The open legal clocks of one kind a service keeps (a case's defence, a disclosure application's answer),
 * exposed as {@value DeadlineMetrics#PENDING} and {@value DeadlineMetrics#OVERDUE} tagged with {@link #kind()}.
 */
public interface LegalDeadlines {

    /** Still running or paused, not yet missed. */
    record Counts(long pending, long overdue) {
    }

    String kind();

    Counts counts();
}
