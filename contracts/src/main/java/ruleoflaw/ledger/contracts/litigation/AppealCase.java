package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A concluded first-instance case appealed: the next stage is recorded as its own case, {@code appealCaseId}. */
public record AppealCase(@TargetAggregateIdentifier String caseId, @TargetAggregateVersion Long expectedVersion,
        LocalDate appealedOn, String appealCaseId) {
}
