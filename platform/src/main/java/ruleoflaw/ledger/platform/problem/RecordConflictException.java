package ruleoflaw.ledger.platform.record;

/** The record cannot take this change in its present state (e.g. it was withdrawn): 409, nothing recorded. */
public class RecordConflictException extends RuntimeException {

    public RecordConflictException(String message) {
        super(message);
    }
}
