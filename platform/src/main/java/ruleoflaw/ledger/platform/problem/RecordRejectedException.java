package ruleoflaw.ledger.platform.problem;

/**
 * A record breaks a rule of the domain (e.g. more exam passes than participants).
 * Answered with 400 and a problem body naming {@link #field()}; nothing is recorded.
 */
public class RecordRejectedException extends RuntimeException {

    private final String field;

    public RecordRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
