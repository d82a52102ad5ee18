package ruleoflaw.ledger.platform.department;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ruleoflaw.ledger.contracts.identity.DepartmentCodes;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;

/**
 * The department a request acts for, as the gateway vouched for it in its identity assertion, and the installation's
 * default department: the one every record belongs to that was stored before departments existed, and the one a
 * request acts for when nothing else says.
 */
public class Departments {

    /** The query parameter that names the department a request acts for, on every path. */
    public static final String PARAMETER = "department";
    /** The default department's name until one is configured or recorded: "this unit", never put in a title. */
    public static final String UNNAMED = "本单位";

    private final DepartmentProperties properties;

    public Departments(DepartmentProperties properties) {
        this.properties = properties;
    }

    /**
     * The department of the current request: the one the gateway's assertion names; for a request without one (a
     * public read of a published report) the one its {@code department} parameter names; else the default.
     */
    public String current() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String claimed = claim(LedgerRoles.DEPARTMENT_CLAIM);
        if (claimed == null && !(who instanceof JwtAuthenticationToken)
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String named = request.getRequest().getParameter(PARAMETER);
            claimed = isCode(named) ? named : null;
        }
        return claimed == null || claimed.isBlank() ? defaultCode() : claimed;
    }

    /** Whether {@code code} is the default department's (none given is too). */
    public boolean isDefault(String code) {
        return code == null || code.isBlank() || code.equals(defaultCode());
    }

    /** Whether the current user reads every department (the district office, a district-wide auditor). */
    public boolean districtWide() {
        return Boolean.parseBoolean(claim(LedgerRoles.DISTRICT_CLAIM));
    }

    public String defaultCode() {
        return properties.defaultCode();
    }

    public String defaultName() {
        return properties.defaultName();
    }

    /** A record's department as stored: none stated means the default department. */
    public String orDefault(String code) {
        return code == null || code.isBlank() ? defaultCode() : code;
    }

    /** Whether {@code code} can be a department code: letters, digits, {@code -} and {@code _}, at most 40. */
    public static boolean isCode(String code) {
        return DepartmentCodes.isCode(code);
    }

    /** {@code code}, if it can be a department code; 400 naming {@code field} otherwise. */
    public static String code(String field, String code) {
        if (!isCode(code)) {
            throw new InvalidFieldException(field, "a department code is " + DepartmentCodes.RULE);
        }
        return code;
    }

    private static String claim(String name) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who instanceof JwtAuthenticationToken token) {
            Object value = token.getToken().getClaims().get(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
