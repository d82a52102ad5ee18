package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReceiveApplicationCorrection(@TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion, LocalDate receivedOn) {
}
