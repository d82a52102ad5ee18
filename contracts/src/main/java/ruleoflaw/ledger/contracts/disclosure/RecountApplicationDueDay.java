package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Count an application's provisional due day again, on a calendar that may now hold the year's notice. Sent by the
 * service itself at start; nothing happens when the count gives the same day on the same footing.
 */
public record RecountApplicationDueDay(@TargetAggregateIdentifier String applicationId) {
}
