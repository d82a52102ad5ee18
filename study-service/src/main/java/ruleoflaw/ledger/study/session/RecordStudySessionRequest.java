package ruleoflaw.ledger.study.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.study.RecordStudySession;
import ruleoflaw.ledger.contracts.study.StudySessionKind;

/** The body of {@code POST /api/study/sessions}. */
record RecordStudySessionRequest(
        @NotNull StudySessionKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @PastOrPresent LocalDate heldOn,
        @Size(max = 100) String organiser,
        int attendees,
        Double hours,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> laws) {

    RecordStudySession toCommand(String sessionId) {
        return new RecordStudySession(sessionId, kind, title, heldOn, organiser, attendees, hours, topics, laws);
    }
}
