package ruleoflaw.ledger.disclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.StatutoryKind;

class PublishedReportTest {

    private static PublishedReport read(String json) throws Exception {
        return PublishedReport.of(new ObjectMapper().readTree(json));
    }

    @Test
    void theRuleOfLawReportIsAStatutoryItemFormedAndPublishedOnItsPublicationDayUnderTheDepartmentsName()
            throws Exception {
        PublishedReport report = read("""
                {"reportId":"rule-of-law-2024","kind":"RULE_OF_LAW","year":2024,"revision":1,"publishedOn":"2025-03-20",
                 "approver":"approver","figures":{}}""");

        InformationItemDetails item = report.item("区科技局");

        assertThat(report.firstPublication()).isTrue();
        assertThat(report.itemId()).isEqualTo("rule-of-law-2024-publication");
        assertThat(item).isEqualTo(new InformationItemDetails(InformationCategory.STATUTORY,
                StatutoryKind.RULE_OF_LAW_REPORT, "区科技局关于2024年法治政府建设情况的报告", LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 3, 20), "政府门户网站", null));
        assertThat(item.checked()).isEqualTo(item);
    }

    @Test
    void theDisclosureReportIsAnAnnualReportItem() throws Exception {
        InformationItemDetails item = read("""
                {"reportId":"disclosure-2024-jxw","kind":"DISCLOSURE","year":2024,"revision":1,"publishedOn":"2025-01-24"}""")
                .item(null);

        assertThat(item.category()).isEqualTo(InformationCategory.ANNUAL_REPORT);
        assertThat(item.statutoryKind()).isNull();
        assertThat(item.title()).isEqualTo("2024年政府信息公开工作年度报告");
        assertThat(item.checked()).isEqualTo(item);
    }

    @Test
    void onlyAFirstPublicationOfAKnownKindWithItsDayMakesAnItem() throws Exception {
        assertThat(read("""
                {"reportId":"disclosure-2024","kind":"DISCLOSURE","year":2024,"revision":2,"publishedOn":"2025-03-01"}""")
                .firstPublication()).isFalse();
        assertThat(read("""
                {"reportId":"other-2024","kind":"OTHER","year":2024,"revision":1,"publishedOn":"2025-03-01"}""")
                .firstPublication()).isFalse();
        assertThat(read("""
                {"reportId":"disclosure-2024","kind":"DISCLOSURE","year":2024,"revision":1}""")
                .firstPublication()).isFalse();
    }
}
