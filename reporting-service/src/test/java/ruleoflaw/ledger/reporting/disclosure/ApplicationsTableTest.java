package ruleoflaw.ledger.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static ruleoflaw.ledger.reporting.disclosure.Records.application;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.figures.FigureCatalogs;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** Table 三 from a handful of applications of different applicants and outcomes, in 2024 and around it. */
class ApplicationsTableTest {

    private final FigureCatalog figures = FigureCatalogs.all();

    private final List<RecordVersion> applications = List.of(
            application("answered-2023", "2023-03-01", "NATURAL_PERSON", "2023-03-20", "DISCLOSED", null),
            application("carried-over", "2023-12-20", "COMMERCIAL_ENTERPRISE", "2024-01-10", "DISCLOSED", null),
            application("partly", "2024-02-01", "NATURAL_PERSON", "2024-02-20", "PARTLY_DISCLOSED", null),
            application("third-party", "2024-03-01", "NATURAL_PERSON", "2024-03-25", "NOT_DISCLOSED", "THIRD_PARTY_RIGHTS"),
            application("not-held", "2024-04-01", "LEGAL_SERVICES_ORGANISATION", "2024-04-20", "CANNOT_PROVIDE", "NOT_HELD"),
            application("repeated", "2024-05-06", "RESEARCH_INSTITUTE", "2024-05-20", "NOT_HANDLED", "REPEATED_APPLICATION"),
            application("fee", "2024-06-03", "OTHER_ORGANISATION", "2024-07-01", "OTHER_HANDLING", "FEE_NOT_PAID"),
            application("answered-2025", "2024-12-20", "PUBLIC_INTEREST_ORGANISATION", "2025-01-06", "DISCLOSED", null),
            application("open", "2024-12-27", "NATURAL_PERSON", null, null, null));

    @Test
    void everyRowAndColumnOfTheTemplateInItsOrderZerosIncluded() {
        ReportTable table = table(2024);

        assertThat(table.title()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(table.columns()).extracting(ReportTable.Column::label)
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(table.columns().get(1).groups()).containsExactly("申请人情况", "法人或其他组织");
        assertThat(table.rows()).hasSize(1 + 1 + 2 + 8 + 3 + 5 + 3 + 1 + 1)
                .allSatisfy(row -> assertThat(row.values().keySet()).containsExactly("naturalPerson",
                        "commercialEnterprise", "researchInstitute", "publicInterestOrganisation",
                        "legalServicesOrganisation", "otherOrganisation", "total"));
        assertThat(table.rows()).extracting(ReportTable.Row::key).startsWith("received", "carriedOver", "disclosed",
                "partlyDisclosed", "notDisclosed.stateSecret").endsWith("otherHandling.feeNotPaid", "otherHandling.other",
                "resultsTotal", "carriedForward");
        assertThat(table.row("notDisclosed.endangersSecurityOrStability").label()).isEqualTo("3.危及“三安全一稳定”");
        assertThat(table.row("notHandled.confirmOrReissue").groups()).containsExactly("三、本年度办理结果", "（五）不予处理");
        assertThat(table.row("notDisclosed.stateSecret").values()).allSatisfy((column, n) -> assertThat(n).isEqualTo(0));
    }

    @Test
    void cellsCountTheApplicationsOfTheirApplicantAndOutcome() {
        ReportTable table = table(2024);

        assertThat(table.row("received").values()).containsEntry("naturalPerson", 3).containsEntry("commercialEnterprise", 0)
                .containsEntry("publicInterestOrganisation", 1).containsEntry("total", 7);
        assertThat(table.row("carriedOver").values()).containsEntry("commercialEnterprise", 1).containsEntry("naturalPerson", 0)
                .containsEntry("total", 1);
        assertThat(table.row("disclosed").values()).containsEntry("commercialEnterprise", 1).containsEntry("total", 1);
        assertThat(table.row("partlyDisclosed").values()).containsEntry("naturalPerson", 1);
        assertThat(table.row("notDisclosed.thirdPartyRights").values()).containsEntry("naturalPerson", 1).containsEntry("total", 1);
        assertThat(table.row("cannotProvide.notHeld").values()).containsEntry("legalServicesOrganisation", 1);
        assertThat(table.row("notHandled.repeatedApplication").values()).containsEntry("researchInstitute", 1);
        assertThat(table.row("otherHandling.feeNotPaid").values()).containsEntry("otherOrganisation", 1)
                .containsEntry("naturalPerson", 0);
        assertThat(table.row("resultsTotal").values()).containsEntry("naturalPerson", 2).containsEntry("total", 6);
        assertThat(table.row("carriedForward").values()).containsEntry("naturalPerson", 1)
                .containsEntry("publicInterestOrganisation", 1).containsEntry("total", 2);
        assertThat(ApplicationsInvariant.check(table).invariantHolds()).isTrue();
    }

    @Test
    void theApplicationsOpenAtYearEndAreCarriedIntoTheNextYear() {
        ReportTable next = table(2025);

        assertThat(next.row("received").value("total")).isZero();
        assertThat(next.row("carriedOver").values()).containsEntry("naturalPerson", 1)
                .containsEntry("publicInterestOrganisation", 1).containsEntry("total", 2);
        assertThat(next.row("disclosed").values()).containsEntry("publicInterestOrganisation", 1);
        assertThat(next.row("carriedForward").values()).containsEntry("naturalPerson", 1).containsEntry("total", 1);
        assertThat(ApplicationsInvariant.check(next).invariantHolds()).isTrue();
    }

    @Test
    void theTotalsAgreeWithTheFiguresOfTheSameYear() {
        for (int year = 2023; year <= 2025; year++) {
            ReportTable table = table(year);
            Map<String, Number> values = figures.values(Records.ofYear(applications, year), Records.ledger(applications, year));
            assertThat(table.row("received").value("total")).as("本年新收 %s", year)
                    .isEqualTo(values.get("disclosure.applications.received").intValue());
            assertThat(table.row("carriedOver").value("total")).as("上年结转 %s", year)
                    .isEqualTo(values.get("disclosure.applications.carriedOver").intValue());
            assertThat(table.row("resultsTotal").value("total")).as("（七）总计 %s", year)
                    .isEqualTo(values.get("disclosure.applications.answered").intValue());
            assertThat(table.row("carriedForward").value("total")).as("结转下年度 %s", year)
                    .isEqualTo(values.get("disclosure.applications.pending").intValue());
        }
    }

    @Test
    void anAnswerThatFitsNoRowBreaksTheInvariantInItsColumn() {
        List<RecordVersion> withBadAnswer = List.of(
                application("ok", "2024-03-01", "COMMERCIAL_ENTERPRISE", "2024-03-10", "DISCLOSED", null),
                application("no-reason", "2024-03-02", "NATURAL_PERSON", "2024-03-12", "NOT_DISCLOSED", null));

        DisclosureReport.Checks checks = ApplicationsInvariant.check(ApplicationsTable.of(figures, 2024, withBadAnswer));

        assertThat(checks.invariantHolds()).isFalse();
        assertThat(checks.violations()).extracting(DisclosureReport.Violation::column).containsExactly("naturalPerson", "total");
        assertThat(checks.violations().get(0)).satisfies(violation -> {
            assertThat(violation.columnLabel()).isEqualTo("自然人");
            assertThat(violation.receivedAndCarriedOver()).isEqualTo(1);
            assertThat(violation.resultsAndCarriedForward()).isZero();
            assertThat(violation.message()).contains("“自然人”列");
        });
    }

    @Test
    void theCheckerNamesTheColumnOfATableWithAWrongCount() {
        ReportTable right = table(2024);
        ReportTable wrong = new ReportTable(right.key(), right.title(), right.columns(), right.rows().stream()
                .map(row -> row.key().equals("carriedForward") ? new ReportTable.Row(row.key(), row.label(), row.groups(),
                        Map.of("naturalPerson", 1, "publicInterestOrganisation", 3, "total", 2)) : row)
                .toList());

        DisclosureReport.Checks checks = ApplicationsInvariant.check(wrong);

        assertThat(checks.invariantHolds()).isFalse();
        assertThat(checks.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.column()).isEqualTo("publicInterestOrganisation");
            assertThat(violation.columnLabel()).isEqualTo("社会公益组织");
            assertThat(violation.receivedAndCarriedOver()).isEqualTo(1);
            assertThat(violation.resultsAndCarriedForward()).isEqualTo(3);
        });
    }

    private ReportTable table(int year) {
        return ApplicationsTable.of(figures, year, applications);
    }

}
