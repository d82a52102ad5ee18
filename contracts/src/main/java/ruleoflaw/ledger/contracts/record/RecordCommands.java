package ruleoflaw.ledger.contracts.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The commands of a simple record: recorded, corrected in full with a reason, withdrawn with a reason. One set for
 * every simple record type; each context handles them under names of its own ({@code study.record}, ...), so that
 * Axon Server routes a context's commands to its service. A record's details carry their class, since a command
 * crosses Axon Server as JSON.
 */
public final class RecordCommands {

    private RecordCommands() {
    }

    public record Record(@TargetAggregateIdentifier String recordId,
            @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) RecordDetails details) {
    }

    public record Correct(@TargetAggregateIdentifier String recordId, @TargetAggregateVersion Long expectedVersion,
            String reason, @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) RecordDetails details) {
    }

    public record Withdraw(@TargetAggregateIdentifier String recordId, @TargetAggregateVersion Long expectedVersion,
            String reason) {
    }
}
