package ruleoflaw.ledger.reporting.report;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The approver records that the approved revision was made public on {@code publishedOn}; {@code figures} are the
 * report's figures at this moment, which the revision keeps for good.
 */
public record PublishReport(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        LocalDate publishedOn, String approver, Map<String, Number> figures) {
}
