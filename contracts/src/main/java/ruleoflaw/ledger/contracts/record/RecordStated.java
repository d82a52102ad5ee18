package ruleoflaw.ledger.contracts.record;

/** An event that states a record's details in full: its first recording or a correction. */
public interface RecordStated {

    String recordId();

    RecordDetails details();
}
