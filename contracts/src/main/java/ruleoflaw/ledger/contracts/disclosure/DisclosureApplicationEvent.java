package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordDetails;
import ruleoflaw.ledger.contracts.record.RecordStated;

/**
 * Every event of a disclosure application: the receipt, a correction of it, and each step (correction asked of
 * the applicant and received, extension approved, answered, deadline passed). Each says what happened in its
 * own fields and states the application in full as it stands afterwards ({@link #file()}), so that the record
 * index and the reporting projection keep the latest file as the record's present version.
 */
public interface DisclosureApplicationEvent extends RecordStated {

    String applicationId();

    DisclosureApplicationFile file();

    @Override
    default String recordId() {
        return applicationId();
    }

    @Override
    default RecordDetails details() {
        return file();
    }
}
