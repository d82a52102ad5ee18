package ruleoflaw.ledger.reporting.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import ruleoflaw.ledger.reporting.document.Section;

/** Writes one section of the report's current draft; the first edit starts the report of its kind and year. */
public record EditNarrative(@TargetAggregateIdentifier String reportId, @TargetAggregateVersion Long expectedVersion,
        Kind kind, int year, Section section, String text, String editor) {
}
