package ruleoflaw.ledger.reporting.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The editor hands the draft to the approver. */
public record SubmitReport(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        String submittedBy) {
}
