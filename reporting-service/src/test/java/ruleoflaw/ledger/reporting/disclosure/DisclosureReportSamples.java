package ruleoflaw.ledger.reporting.disclosure;

import static ruleoflaw.ledger.reporting.disclosure.Records.application;
import static ruleoflaw.ledger.reporting.disclosure.Records.document;
import static ruleoflaw.ledger.reporting.disclosure.Records.legalCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.figures.FigureCatalogs;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** Disclosure reports of 2024 computed from records, for the tests of the documents that print them. */
public final class DisclosureReportSamples {

    public static final int YEAR = 2024;

    private static final FigureCatalog FIGURES = FigureCatalogs.all();

    private static final List<RecordVersion> RECORDS = List.of(
            document("new", "九龙坡科技发〔2024〕9号", "2024-09-01", null),
            application("carried", "2023-12-20", "COMMERCIAL_ENTERPRISE", "2024-01-10", "DISCLOSED", null),
            application("person", "2024-02-01", "NATURAL_PERSON", "2024-02-20", "NOT_DISCLOSED", "PROCESS_INFORMATION"),
            application("institute", "2024-04-01", "RESEARCH_INSTITUTE", "2024-04-22", "PARTLY_DISCLOSED", null),
            application("open", "2024-12-20", "NATURAL_PERSON", null, null, null),
            legalCase("direct-corrected", "LITIGATION_FIRST_INSTANCE", true, false, "2024-03-01", "2024-08-01", "CORRECTED"),
            legalCase("reconsideration", "RECONSIDERATION", true, false, "2024-05-01", null, null));

    private DisclosureReportSamples() {
    }

    /** Four applications (one carried over from 2023, one still open), a normative document, two disclosure cases. */
    public static DisclosureReport report() {
        return report(RECORDS);
    }

    /** The same with an application answered 不予公开 without saying why: it fits no row, so 三's invariant breaks. */
    public static DisclosureReport withAnAnswerThatFitsNoRow() {
        List<RecordVersion> records = new ArrayList<>(RECORDS);
        records.add(application("unexplained", "2024-06-01", "OTHER_ORGANISATION", "2024-06-20", "NOT_DISCLOSED", null));
        return report(records);
    }

    /** The reference year (区科技局 2024, {@code samples/kjj-2024.jsonl}): its records, every kind. */
    public static DisclosureReport referenceYear() {
        return report(LedgerSample.lines("").stream().map(Records::sampled).toList());
    }

    public static Map<String, Number> figures() {
        return FIGURES.values(Records.ofYear(RECORDS, YEAR), Records.ledger(RECORDS, YEAR));
    }

    private static DisclosureReport report(List<RecordVersion> records) {
        return DisclosureReportController.report(FIGURES, YEAR, Instant.parse("2025-01-10T00:00:00Z"),
                Records.ofYear(records, YEAR), Records.ledger(records, YEAR));
    }
}
