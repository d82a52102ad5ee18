package ruleoflaw.ledger.reporting.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The approver sends a submitted (or approved, not yet published) revision back to draft, saying why. */
public record ReturnReport(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        String reason, String returnedBy) {
}
