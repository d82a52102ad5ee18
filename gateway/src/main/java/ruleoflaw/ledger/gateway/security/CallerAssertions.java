package ruleoflaw.ledger.gateway.security;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The gateway's own calls to the services on behalf of the signed-in user (the workbook's types and ledger lines): the
 * identity assertion a routed request of theirs would carry, for the department the request names (or their own).
 */
@Component
public class CallerAssertions {

    /** The user may not act for the department the request names; {@link #badCode()}: it names no department. */
    public static final class NotYours extends RuntimeException {
        private final boolean badCode;

        NotYours(DepartmentOfRequest.Refused refused) {
            super(refused.getMessage());
            this.badCode = refused.badCode();
        }

        public boolean badCode() {
            return badCode;
        }
    }

    private final IdentityAssertions assertions;
    private final DepartmentOfRequest departments;

    CallerAssertions(IdentityAssertions assertions, DepartmentOfRequest departments) {
        this.assertions = assertions;
        this.departments = departments;
    }

    /** The bearer token for a service, as {@code user} acting for the department of {@code request}. */
    public String bearer(Authentication user, ServerHttpRequest request) {
        try {
            return assertions.assertion(departments.of(user, request));
        } catch (DepartmentOfRequest.Refused refused) {
            throw new NotYours(refused);
        }
    }
}
