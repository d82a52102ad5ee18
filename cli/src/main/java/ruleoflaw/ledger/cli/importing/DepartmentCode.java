package ruleoflaw.ledger.cli.importing;

import java.util.regex.Pattern;

/**
 * A department's code, as the gateway takes it in {@code ?department=}: 1 to 40 letters, digits, {@code -} or
 * {@code _}, beginning with a letter or a digit (a unified social credit code, or the code the district gives).
 */
public final class DepartmentCode {

    public static final String RULE = "1 to 40 letters, digits, '-' or '_', beginning with a letter or a digit";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private DepartmentCode() {
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** {@code path} acting for {@code department} (none: the user's own). */
    static String at(String path, String department) {
        return department == null ? path : path + (path.contains("?") ? "&" : "?") + "department=" + department;
    }
}
