package ruleoflaw.ledger.reporting.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.ApplicationOutcome;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Column;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Line;
import ruleoflaw.ledger.reporting.disclosure.ReportTable.Row;
import ruleoflaw.ledger.reporting.disclosure.Template2021.Applications;
import ruleoflaw.ledger.reporting.figures.Figure;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * Table 三 from the disclosure applications of every year, as they stood at the report's moment. Each cell is one of
 * the disclosure.applications.* figures computed over only the applications of its column (applicant type) and row
 * (outcome and sub-reason), so the table keeps the figures' year rules and agrees with them: 本年新收 = received in the
 * year, 上年结转 = received before it and not answered before it, results = answered in it, 结转下年度 = not answered by
 * its end. (七) 总计 is the sum of the result rows above it, so an answer that fits no row breaks the invariant.
 */
final class ApplicationsTable {

    static final String RECEIVED = "disclosure.applications.received";
    static final String CARRIED_OVER = "disclosure.applications.carriedOver";
    static final String ANSWERED = "disclosure.applications.answered";
    static final String PENDING = "disclosure.applications.pending";

    private final FigureCatalog figures;
    private final int year;
    private final List<RecordVersion> applications;

    private ApplicationsTable(FigureCatalog figures, int year, List<RecordVersion> applications) {
        this.figures = figures;
        this.year = year;
        this.applications = applications;
    }

    /** @param applications the applications of every year, each in the version that counts */
    static ReportTable of(FigureCatalog figures, int year, List<RecordVersion> applications) {
        return new ApplicationsTable(figures, year, applications).table();
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            columns.add(Applications.APPLICANT_COLUMNS.get(type));
        }
        columns.add(Applications.TOTAL);
        return columns;
    }

    static String rowKey(ApplicationOutcome outcome) {
        return camel(outcome);
    }

    static String rowKey(ApplicationSubReason reason) {
        return camel(reason.outcome()) + "." + camel(reason);
    }

    private ReportTable table() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(Applications.RECEIVED, RECEIVED, any -> true));
        rows.add(row(Applications.CARRIED_OVER, CARRIED_OVER, any -> true));
        List<Row> results = new ArrayList<>();
        for (ApplicationOutcome outcome : ApplicationOutcome.values()) {
            String label = Applications.OUTCOMES.get(outcome);
            if (!outcome.hasSubReasons()) {
                results.add(row(new Line(rowKey(outcome), label, List.of(Applications.RESULTS)), ANSWERED,
                        fact("outcome", outcome)));
                continue;
            }
            for (ApplicationSubReason reason : ApplicationSubReason.values()) {
                if (reason.outcome() == outcome) {
                    results.add(row(new Line(rowKey(reason), Applications.SUB_REASONS.get(reason),
                            List.of(Applications.RESULTS, label)), ANSWERED,
                            fact("outcome", outcome).and(fact("subReason", reason))));
                }
            }
        }
        rows.addAll(results);
        rows.add(Applications.RESULTS_TOTAL.with(sum(results)));
        rows.add(row(Applications.CARRIED_FORWARD, PENDING, any -> true));
        return new ReportTable(Applications.KEY, Applications.TITLE, columns(), rows);
    }

    private Row row(Line line, String figure, Predicate<RecordVersion> matching) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (ApplicantType type : ApplicantType.values()) {
            values.put(Applications.APPLICANT_COLUMNS.get(type).key(), cell(figure, fact("applicantType", type).and(matching)));
        }
        values.put(Applications.TOTAL.key(), cell(figure, matching));
        return line.with(values);
    }

    /** The figure over only the matching applications: those of the year for a count, of every year for one looking back. */
    private int cell(String key, Predicate<RecordVersion> matching) {
        Figure figure = figures.figure(key).orElseThrow(() -> new IllegalStateException("no figure " + key));
        List<RecordVersion> matched = applications.stream().filter(matching).toList();
        Figure.Ledger ledger = Figure.Ledger.of(year,
                type -> DisclosureApplicationDetails.TYPE.equals(type) ? matched : List.of());
        return figure.compute(matched.stream().filter(r -> r.year() == year).toList(), ledger).value().intValue();
    }

    private static Map<String, Integer> sum(List<Row> rows) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        columns().forEach(column -> sums.put(column.key(),
                rows.stream().mapToInt(row -> row.value(column.key())).sum()));
        return sums;
    }

    private static Predicate<RecordVersion> fact(String name, Enum<?> value) {
        return record -> value.name().equals(String.valueOf(record.fact(name)));
    }

    /** {@code PARTLY_DISCLOSED} → {@code partlyDisclosed}. */
    private static String camel(Enum<?> value) {
        StringBuilder key = new StringBuilder();
        for (String word : value.name().toLowerCase().split("_")) {
            key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }
}
