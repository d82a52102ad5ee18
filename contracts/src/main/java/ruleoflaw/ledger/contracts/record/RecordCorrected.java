package ruleoflaw.ledger.contracts.record;

/** A correction: the record's details replaced in full, with the reason. */
public interface RecordCorrected extends RecordStated {

    String reason();
}
