package ruleoflaw.ledger.reporting.report;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Opens the next revision of a published report as a draft, saying why; {@code figures} are the report's figures
 * now, to tell which differ from the published ones.
 */
public record StartRevision(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        String reason, String startedBy, Map<String, Number> figures) {
}
