package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AnswerDisclosureApplication(@TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion, LocalDate answeredOn, ApplicationOutcome outcome,
        ApplicationSubReason subReason) {
}
