package ruleoflaw.ledger.study.session;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class StudySessionRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/study/sessions";
    }

    @Override
    protected String record(String text) {
        return """
                {"kind":"COLLECTIVE_STUDY","title":"%s","heldOn":"2011-03-12","attendees":20,"laws":["中华人民共和国宪法"]}""".formatted(text);
    }

    @Override
    protected DomainEventMessage<?> storedByThePreviousRelease(String id, String text) {
        return new GenericDomainEventMessage<>("StudySession", id, 0, new StudySessionRecorded(id,
                new StudySessionDetails(StudySessionKind.COLLECTIVE_STUDY, text, LocalDate.of(YEAR, 3, 12), null, 20, null,
                        null, List.of("中华人民共和国宪法"))));
    }
}
