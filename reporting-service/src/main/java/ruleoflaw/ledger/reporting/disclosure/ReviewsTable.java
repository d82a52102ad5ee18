package ruleoflaw.ledger.reporting.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseOutcome;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Column;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Line;
import ruleoflaw.ledger.reporting.disclosure.Template2021.Reviews;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * Table 四: the reconsideration and litigation cases that concern government information disclosure, classified as
 * LitigationFigures classifies legal.litigation.upheld / corrected / other / pending (and for reconsideration alike).
 * The template does not say whether a year's cases are those received or those concluded in it; like table 三 (answered
 * in the year + still open at its end) we count a case under its outcome in the year it was concluded, and as 尚未审结
 * in every year it was open on 31 December, so 总计 = the cases the bureau dealt with in the year.
 */
final class ReviewsTable {

    private static final Predicate<RecordVersion> RECONSIDERATION = r -> CaseKind.RECONSIDERATION.name().equals(r.fact("kind"));
    private static final Predicate<RecordVersion> LITIGATION = r -> String.valueOf(r.fact("kind")).startsWith("LITIGATION_");
    private static final Predicate<RecordVersion> AFTER_RECONSIDERATION = r -> Boolean.TRUE.equals(r.fact("followsReconsideration"));

    private ReviewsTable() {
    }

    /** @param cases the legal cases of every year, each in the version that counts */
    static ReportTable of(int year, List<RecordVersion> cases) {
        List<RecordVersion> disclosure = cases.stream().filter(r -> Boolean.TRUE.equals(r.fact("concernsDisclosure"))).toList();
        return new ReportTable(Reviews.KEY, Reviews.TITLE, columns(), List.of(
                row(Reviews.RECONSIDERATION, year, disclosure, RECONSIDERATION),
                row(Reviews.DIRECT_LITIGATION, year, disclosure, LITIGATION.and(AFTER_RECONSIDERATION.negate())),
                row(Reviews.LITIGATION_AFTER_RECONSIDERATION, year, disclosure, LITIGATION.and(AFTER_RECONSIDERATION))));
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (CaseOutcome outcome : CaseOutcome.values()) {
            columns.add(Reviews.OUTCOME_COLUMNS.get(outcome));
        }
        columns.add(Reviews.PENDING);
        columns.add(Reviews.TOTAL);
        return columns;
    }

    private static ReportTable.Row row(Line line, int year, List<RecordVersion> cases, Predicate<RecordVersion> kind) {
        List<RecordVersion> ofKind = cases.stream().filter(kind).toList();
        Map<String, Integer> values = new LinkedHashMap<>();
        for (CaseOutcome outcome : CaseOutcome.values()) {
            values.put(Reviews.OUTCOME_COLUMNS.get(outcome).key(),
                    (int) ofKind.stream().filter(r -> concludedIn(r, year) && outcome.name().equals(r.fact("outcome"))).count());
        }
        values.put(Reviews.PENDING.key(), (int) ofKind.stream().filter(r -> r.year() <= year && !concludedBy(r, year)).count());
        values.put(Reviews.TOTAL.key(), values.values().stream().mapToInt(Integer::intValue).sum());
        return line.with(values);
    }

    private static boolean concludedIn(RecordVersion r, int year) {
        LocalDate concluded = concludedOn(r);
        return concluded != null && concluded.getYear() == year;
    }

    private static boolean concludedBy(RecordVersion r, int year) {
        LocalDate concluded = concludedOn(r);
        return concluded != null && concluded.getYear() <= year;
    }

    private static LocalDate concludedOn(RecordVersion r) {
        Object value = r.fact("concludedOn");
        return value == null ? null : LocalDate.parse(String.valueOf(value));
    }
}
