package ruleoflaw.ledger.reporting.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tables of the year's 政府信息公开工作年度报告 as the records stood at {@code asOf}, keyed 二, 三 and 四 as the
 * template numbers them, with the checks they pass and the notes a reader needs (numbers the ledger cannot give).
 */
public record DisclosureReport(int year, Instant asOf, String template, Map<String, ReportTable> tables, Checks checks,
        List<Note> notes) {

    /** Table 三's invariant in every column; any column where it fails. */
    public record Checks(boolean invariantHolds, List<Violation> violations) {
    }

    /**
     * A column of table 三 whose 一 本年新收 + 二 上年结转 ({@code receivedAndCarriedOver}) differs from
     * (七) 总计 + 四 结转下年度继续办理 ({@code resultsAndCarriedForward}).
     */
    public record Violation(String column, String columnLabel, int receivedAndCarriedOver, int resultsAndCarriedForward,
            String message) {
    }

    /** Why some rows of a table hold what they hold. */
    public record Note(String table, List<String> rows, String text) {
    }
}
