package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordStated;

/**
 * Every event of a case that changes what the ledger knows of it: the receipt, a correction, and each
 * lifecycle step (defence filed, registered on the platform, hearing held, concluded, appealed, defence
 * deadline passed). Each is its own event, saying what happened in its own fields, and each also states the case
 * in full as it stands afterwards ({@link #file()}). That is why they are {@link RecordStated}: the
 * generic record index and the reporting projection, which know nothing of cases, keep the latest file
 * as the record's present version, and the figures read the case's whole state from it (receipt, defence,
 * platform registration, hearings, conclusion) exactly as they read any record's details. The record's history
 * and a figure's evidence name such a version after its event ({@code defenceFiled}, {@code caseConcluded}, ...).
 * The reminder ({@link DefenceReminderDue}) states nothing new of the case and is not one of them.
 */
public interface LegalCaseEvent extends RecordStated {

    String caseId();

    LegalCaseFile file();

    @Override
    default String recordId() {
        return caseId();
    }

    @Override
    default RecordDetails details() {
        return file();
    }
}
