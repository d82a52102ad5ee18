package ruleoflaw.ledger.workbook;

import java.util.List;

/**
 * The sheet of one line type: its name (the type's Chinese name), the type, and its columns in order. The sheet of
 * other lines ({@link #OTHER}) holds any line of a type without a sheet of its own (corrections and withdrawals of an
 * export with history), its body as JSON.
 */
public record SheetLayout(String name, String type, String hint, List<Field> columns) {

    /** The type of the sheet of other lines. */
    public static final String OTHER = "";

    boolean other() {
        return OTHER.equals(type);
    }

    Field column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
    }
}
