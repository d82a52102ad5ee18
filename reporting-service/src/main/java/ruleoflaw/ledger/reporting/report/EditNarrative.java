package ruleoflaw.ledger.reporting.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import ruleoflaw.ledger.reporting.document.Section;

/**
 * Writes one section of the report's current draft; the first edit starts the report of its kind and year. The
 * aggregate checks {@code expectedVersion} itself: Axon loads a report it may create without checking versions.
 */
public record EditNarrative(@TargetAggregateIdentifier String reportId, Long expectedVersion,
        Kind kind, int year, Section section, String text, String editor) {
}
