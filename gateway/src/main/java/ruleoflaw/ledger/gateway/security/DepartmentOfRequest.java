package ruleoflaw.ledger.gateway.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.identity.DepartmentCodes;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * The department a request acts for: the one its {@code department} parameter names, if it is one of the user's (or
 * the request only reads and the user reads every department), else the user's first. A user of no department is the
 * installation's default department's. A department the user may not act for is refused before anything is routed.
 */
@Component
public class DepartmentOfRequest {

    public static final String PARAMETER = "department";

    /** What the gateway vouches for: the user, the department it acts for, and whether it reads every department. */
    record Acting(Identity identity, String department, boolean district) {
    }

    /** Why a request may not act for the department it names; the status says which problem. */
    static final class Refused extends RuntimeException {
        private final boolean badCode;

        Refused(boolean badCode, String message) {
            super(message);
            this.badCode = badCode;
        }

        boolean badCode() {
            return badCode;
        }
    }

    private final String defaultCode;

    DepartmentOfRequest(@Value("${ledger.departments.default-code:default}") String defaultCode) {
        this.defaultCode = defaultCode;
    }

    /** The department {@code request} acts for as {@code user}; {@link Refused} if it may not. */
    Acting of(Authentication user, ServerHttpRequest request) {
        return of(Identity.of(user), request);
    }

    Acting of(Identity identity, ServerHttpRequest request) {
        List<String> own = identity.departments().isEmpty() ? List.of(defaultCode) : identity.departments();
        boolean district = readsEveryDepartment(identity);
        String named = request.getQueryParams().getFirst(PARAMETER);
        if (named == null || named.isBlank()) {
            return new Acting(identity, own.get(0), district);
        }
        if (!DepartmentCodes.isCode(named)) {
            throw new Refused(true, "department: must be " + DepartmentCodes.RULE + "; nothing was recorded.");
        }
        boolean reads = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (own.contains(named) || (district && reads)) {
            return new Acting(identity, named, district);
        }
        throw new Refused(false, "You act for " + (own.size() == 1 ? "department " + own.get(0)
                : "departments " + String.join(", ", own)) + (district ? " and read every department" : "")
                + "; department " + named + " is not yours" + (district ? " to change" : "") + ". Nothing was recorded.");
    }

    /** The codes of the departments the signed-in user acts for (none: the default one). */
    public static List<String> departmentsOf(Authentication user) {
        return Identity.of(user).departments();
    }

    /** Whether the signed-in user reads every department. */
    public static boolean readsEveryDepartment(Authentication user) {
        return readsEveryDepartment(Identity.of(user));
    }

    /** The district office, and an auditor or admin who belongs to no department in particular. */
    static boolean readsEveryDepartment(Identity identity) {
        return identity.roles().contains(LedgerRoles.SUPERVISOR) || (identity.departments().isEmpty()
                && (identity.roles().contains(LedgerRoles.AUDITOR) || identity.roles().contains(LedgerRoles.ADMIN)));
    }
}
