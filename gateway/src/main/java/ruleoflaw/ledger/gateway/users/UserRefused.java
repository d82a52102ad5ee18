package ruleoflaw.ledger.gateway.users;

/** A change of the users that the rules do not allow; nothing was changed. */
public final class UserRefused extends RuntimeException {

    /** Why, which the users API answers with its own status. */
    public enum Why {
        /** The name is taken (409). */
        EXISTS,
        /** No user has the name (404). */
        UNKNOWN,
        /** The change would leave no admin, and nobody could manage users again (409). */
        LAST_ADMIN
    }

    private final Why why;

    UserRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
