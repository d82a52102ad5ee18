package ruleoflaw.ledger.reporting.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The approver signs off the submitted revision. */
public record ApproveReport(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        String approver) {
}
