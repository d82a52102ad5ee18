package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A lifecycle step of a case; {@code expectedVersion} may be null (then it is not checked). */
public record ConcludeCase(@TargetAggregateIdentifier String caseId, @TargetAggregateVersion Long expectedVersion, LocalDate concludedOn, CaseOutcome outcome, OutcomeDetail detail) {
}
