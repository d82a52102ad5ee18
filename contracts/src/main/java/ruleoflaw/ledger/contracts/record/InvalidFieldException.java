package ruleoflaw.ledger.contracts.record;

/**
 * A field of a request breaks a rule: a record against the domain (e.g. more exam passes than
 * participants), or a query parameter out of range. Answered with 400 and a problem body naming
 * {@link #field()}; nothing is recorded.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
