package ruleoflaw.ledger.contracts.study;

import org.axonframework.serialization.Revision;

import ruleoflaw.ledger.contracts.record.RecordStated;

/** Revision 2: the details say where the session was held ({@code format}). */
@Revision("2")
public record StudySessionRecorded(String sessionId, StudySessionDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return sessionId;
    }
}
