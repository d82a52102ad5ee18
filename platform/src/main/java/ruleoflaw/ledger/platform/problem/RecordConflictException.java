package ruleoflaw.ledger.platform.problem;

/** The record cannot take this change in its present state (e.g. it was withdrawn): 409, nothing recorded. */
public class RecordConflictException extends RuntimeException {

    public RecordConflictException(String message) {
        super(message);
    }
}
