package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordStudySession(
        @TargetAggregateIdentifier String sessionId,
        StudySessionKind kind,
        String title,
        LocalDate heldOn,
        String organiser,
        int attendees,
        Double hours,
        List<String> topics,
        List<String> laws) {
}
