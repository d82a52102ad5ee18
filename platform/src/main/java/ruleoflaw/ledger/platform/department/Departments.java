package ruleoflaw.ledger.platform.department;

import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

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
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final DepartmentProperties properties;

    public Departments(DepartmentProperties properties) {
        this.properties = properties;
    }

    /** The department of the current request; the default outside a request or when the assertion names none. */
    public String current() {
        String claimed = claim(LedgerRoles.DEPARTMENT_CLAIM);
        return claimed == null || claimed.isBlank() ? defaultCode() : claimed;
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
        return code != null && CODE.matcher(code).matches();
    }

    /** {@code code}, if it can be a department code; 400 naming {@code field} otherwise. */
    public static String code(String field, String code) {
        if (!isCode(code)) {
            throw new InvalidFieldException(field, "a department code is 1 to 40 letters, digits, '-' or '_' "
                    + "(a unified social credit code, or the code the district gives)");
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
