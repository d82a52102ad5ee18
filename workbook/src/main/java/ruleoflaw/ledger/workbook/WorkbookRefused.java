package ruleoflaw.ledger.workbook;

/** A file that is not a workbook this layout can read (not an .xlsx, or damaged); the message says so in Chinese. */
public final class WorkbookRefused extends RuntimeException {

    public WorkbookRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
