package ruleoflaw.ledger.contracts.study;

import org.axonframework.serialization.Revision;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

/** Revision 2: the details say where the session was held ({@code format}). */
@Revision("2")
public record StudySessionCorrected(String sessionId, String reason, StudySessionDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return sessionId;
    }
}
