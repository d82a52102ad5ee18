package ruleoflaw.ledger.contracts.study;

import java.time.LocalDate;
import java.util.List;

public record StudySessionRecorded(
        String sessionId,
        StudySessionKind kind,
        String title,
        LocalDate heldOn,
        String organiser,
        int attendees,
        Double hours,
        List<String> topics,
        List<String> laws) {

    public StudySessionRecorded {
        topics = topics == null ? List.of() : List.copyOf(topics);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }
}
