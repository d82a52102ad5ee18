package ruleoflaw.ledger.workbook;

/**
 * Why a row of a workbook could not be turned into a ledger line: the sheet, the row (as Excel numbers it, from 1),
 * the column (its letter, as Excel names it; null when the row as a whole is wrong), the field (its code; null
 * likewise) and the message, in Chinese.
 */
public record Problem(String sheet, int row, String column, String field, String message) {

    /** Where, as a person reads it: {@code 学法活动 第 3 行 C 列}. */
    public String where() {
        return sheet + " 第 " + row + " 行" + (column == null ? "" : " " + column + " 列");
    }
}
