package ruleoflaw.ledger.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static ruleoflaw.ledger.reporting.disclosure.Records.application;
import static ruleoflaw.ledger.reporting.disclosure.Records.document;
import static ruleoflaw.ledger.reporting.disclosure.Records.legalCase;
import static ruleoflaw.ledger.reporting.disclosure.Records.repeal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.figures.FigureCatalogs;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The whole report of 2024 from records of several years: tables 二 and 四 beside 三, agreeing with the figures. */
class DisclosureReportTest {

    private static final int YEAR = 2024;

    private final FigureCatalog figures = FigureCatalogs.all();

    private final List<RecordVersion> records = List.of(
            document("old", "九龙坡科技发〔2020〕3号", "2020-05-01", null),
            document("replaced", "九龙坡科技发〔2021〕7号", "2021-06-01", null),
            document("revision", "九龙坡科技发〔2024〕2号", "2024-03-01", "九龙坡科技发〔2021〕7号"),
            document("new", "九龙坡科技发〔2024〕9号", "2024-09-01", null),
            repeal("repeal", "九龙坡科技发〔2020〕3号", "2024-10-10"),
            application("a", "2024-02-01", "NATURAL_PERSON", "2024-02-20", "DISCLOSED", null),
            // cases about disclosure: one of each kind, and some that table 四 leaves out
            legalCase("reconsideration-upheld", "RECONSIDERATION", true, false, "2024-02-01", "2024-04-01", "UPHELD"),
            legalCase("direct-corrected", "LITIGATION_FIRST_INSTANCE", true, false, "2023-11-01", "2024-05-01", "CORRECTED"),
            legalCase("direct-pending", "LITIGATION_FIRST_INSTANCE", true, false, "2024-09-10", null, null),
            legalCase("appeal-other", "LITIGATION_APPEAL", true, false, "2024-06-01", "2024-08-01", "OTHER"),
            legalCase("after-reconsideration-pending", "LITIGATION_FIRST_INSTANCE", true, true, "2023-08-01", "2025-01-20", "UPHELD"),
            legalCase("concluded-2023", "LITIGATION_FIRST_INSTANCE", true, false, "2023-01-05", "2023-06-01", "UPHELD"),
            legalCase("received-2025", "LITIGATION_FIRST_INSTANCE", true, false, "2025-01-05", null, null));

    private final List<RecordVersion> notAboutDisclosure = List.of(
            legalCase("subsidy", "LITIGATION_FIRST_INSTANCE", false, false, "2024-03-01", "2024-07-01", "UPHELD"),
            legalCase("subsidy-reconsideration", "RECONSIDERATION", false, false, "2024-03-01", null, null));

    @Test
    void tableTwoHasEveryRowOfTheTemplateWithTheNormativeFiguresAndZerosTheLedgerCannotGive() {
        DisclosureReport report = report(records);
        ReportTable two = report.tables().get("二");

        assertThat(two.title()).isEqualTo("二、主动公开政府信息情况");
        assertThat(two.rows()).extracting(ReportTable.Row::label)
                .containsExactly("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费");
        assertThat(two.row("rules").values()).containsExactly(Map.entry("issued", 0), Map.entry("repealed", 0),
                Map.entry("inForce", 0));
        assertThat(two.row("normativeDocuments").values()).containsExactly(Map.entry("issued", 2),
                Map.entry("repealed", 1), Map.entry("inForce", 2));
        assertThat(two.row("penalties").values()).containsExactly(Map.entry("decisions", 0));
        assertThat(two.row("penalties").groups()).containsExactly("第二十条第（六）项");
        assertThat(two.row("fees").values()).containsExactly(Map.entry("feeAmount", 0));
        assertThat(report.notes()).extracting(DisclosureReport.Note::rows)
                .contains(List.of("licensing", "penalties", "enforcement"), List.of("fees"));

        Map<String, Number> values = figureValues(records);
        assertThat(two.row("normativeDocuments").value("issued")).isEqualTo(values.get("normative.issued").intValue());
        assertThat(two.row("normativeDocuments").value("repealed")).isEqualTo(values.get("normative.repealed").intValue());
        assertThat(two.row("normativeDocuments").value("inForce")).isEqualTo(values.get("normative.inForce").intValue());
    }

    @Test
    void tableFourCountsTheDisclosureCasesConcludedInTheYearByOutcomeAndThoseOpenAtItsEnd() {
        ReportTable four = report(records).tables().get("四");

        assertThat(four.columns()).extracting(ReportTable.Column::label)
                .containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(four.rows()).extracting(ReportTable.Row::label).containsExactly("行政复议", "未经复议直接起诉", "复议后起诉");
        assertThat(four.rows().get(2).groups()).containsExactly("行政诉讼");
        assertThat(four.row("reconsideration").values()).containsExactly(Map.entry("upheld", 1), Map.entry("corrected", 0),
                Map.entry("other", 0), Map.entry("pending", 0), Map.entry("total", 1));
        assertThat(four.row("litigationWithoutReconsideration").values()).containsExactly(Map.entry("upheld", 0),
                Map.entry("corrected", 1), Map.entry("other", 1), Map.entry("pending", 1), Map.entry("total", 3));
        assertThat(four.row("litigationAfterReconsideration").values()).containsExactly(Map.entry("upheld", 0),
                Map.entry("corrected", 0), Map.entry("other", 0), Map.entry("pending", 1), Map.entry("total", 1));
    }

    @Test
    void casesNotAboutDisclosureAreLeftOutAndTheLitigationColumnsAgreeWithTheLegalFigures() {
        List<RecordVersion> all = new java.util.ArrayList<>(records);
        all.addAll(notAboutDisclosure);
        ReportTable four = report(all).tables().get("四");
        assertThat(four).isEqualTo(report(records).tables().get("四"));

        // the legal.litigation.* figures count every case; over the disclosure cases alone they are table 四's litigation
        Map<String, Number> values = figureValues(records);
        for (String[] column : new String[][] {{"upheld", "legal.litigation.upheld"}, {"corrected", "legal.litigation.corrected"},
                {"other", "legal.litigation.other"}, {"pending", "legal.litigation.pending"}}) {
            assertThat(four.row("litigationWithoutReconsideration").value(column[0])
                    + four.row("litigationAfterReconsideration").value(column[0])).as(column[1])
                    .isEqualTo(values.get(column[1]).intValue());
        }
    }

    @Test
    void theReportNamesItsTemplateAndMomentAndPassesItsChecks() {
        DisclosureReport report = report(records);

        assertThat(report.year()).isEqualTo(YEAR);
        assertThat(report.template()).isEqualTo("国办公开办函〔2021〕30号");
        assertThat(report.tables()).containsOnlyKeys("二", "三", "四");
        assertThat(report.checks().invariantHolds()).isTrue();
        assertThat(report.checks().violations()).isEmpty();
    }

    private DisclosureReport report(List<RecordVersion> all) {
        return DisclosureReportController.report(figures, YEAR, Instant.parse("2025-01-10T00:00:00Z"),
                Records.ofYear(all, YEAR), Records.ledger(all, YEAR));
    }

    private Map<String, Number> figureValues(List<RecordVersion> all) {
        return figures.values(Records.ofYear(all, YEAR), Records.ledger(all, YEAR));
    }
}
