package ruleoflaw.ledger.contracts.identity;

import java.util.regex.Pattern;

/**
 * What a department's code may be, the same for the gateway (which takes {@code ?department=} and users' departments)
 * and every service (which keeps it on records and in the read model's collection names).
 */
public final class DepartmentCodes {

    /** The OpenAPI pattern of a code. Never ending in {@code _g} and digits: that ends a later generation's collections. */
    public static final String PATTERN = "(?!.*_g\\d+$)[A-Za-z0-9][A-Za-z0-9_-]{0,39}";
    public static final String RULE = "1 to 40 letters, digits, '-' or '_' (a unified social credit code, or the code "
            + "the district gives), not ending in _g and digits";
    private static final Pattern CODE = Pattern.compile(PATTERN);

    private DepartmentCodes() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
