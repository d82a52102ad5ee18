package ruleoflaw.ledger.cli.users;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.json.PythonText;

/**
 * {@code users list} as a table: name, roles, contexts, in columns that stay aligned on a terminal with Chinese
 * names (a Han character takes two columns).
 */
final class UserTable {

    private UserTable() {
    }

    static List<String> lines(JsonNode users) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "ROLES", "CONTEXTS", "DEPARTMENTS"});
        for (JsonNode user : users) {
            List<String> roles = texts(user.path("roles"));
            List<String> contexts = texts(user.path("contexts"));
            List<String> departments = texts(user.path("departments"));
            rows.add(new String[] {PythonText.str(user.path("name")), String.join(",", roles),
                    !contexts.isEmpty() ? String.join(",", contexts) : roles.contains("recorder") ? "(all)" : "-",
                    !departments.isEmpty() ? String.join(",", departments) : "(default)"});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], width(row[column]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(padded(row[0], widths[0]) + "  " + padded(row[1], widths[1]) + "  " + padded(row[2], widths[2])
                    + "  " + row[3]);
        }
        return lines;
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(PythonText.str(value)));
        return texts;
    }

    private static String padded(String text, int width) {
        return text + " ".repeat(width - width(text));
    }

    /** Columns on a terminal: East Asian wide and full-width characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
