package ruleoflaw.ledger.disclosure.publication;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.StatutoryKind;

/**
 * A revision of an annual report made public in the suite, as reporting-service's {@code ReportPublished} says it:
 * only what the information item needs. Read from the event's JSON, since this service does not know reporting's
 * classes (and must not).
 *
 * @param kind {@code RULE_OF_LAW} or {@code DISCLOSURE}
 */
record PublishedReport(String reportId, String kind, int year, int revision, LocalDate publishedOn) {

    static final String CHANNEL = "政府门户网站";

    static PublishedReport of(JsonNode event) {
        return new PublishedReport(event.path("reportId").asText(null), event.path("kind").asText(null),
                event.path("year").asInt(), event.path("revision").asInt(),
                event.hasNonNull("publishedOn") ? LocalDate.parse(event.path("publishedOn").asText()) : null);
    }

    /** Whether it is a report this service knows, published for the first time: later revisions add no item. */
    boolean firstPublication() {
        return revision == 1 && reportId != null && publishedOn != null
                && ("RULE_OF_LAW".equals(kind) || "DISCLOSURE".equals(kind));
    }

    /** One per report, whatever the revision, so that a replay or a retry finds the item it already made. */
    String itemId() {
        return reportId + "-publication";
    }

    /**
     * The disclosure report is the 政府信息公开年报 category itself; the rule-of-law report is statutory information of
     * its own kind, formed when it is published (its deadline is 1 April, not 20 working days after it is formed).
     *
     * @param department the department's name for the title, or null to leave it out
     */
    InformationItemDetails item(String department) {
        String by = department == null ? "" : department;
        if ("DISCLOSURE".equals(kind)) {
            return new InformationItemDetails(InformationCategory.ANNUAL_REPORT, null,
                    by + year + "年政府信息公开工作年度报告", null, publishedOn, CHANNEL, null);
        }
        return new InformationItemDetails(InformationCategory.STATUTORY, StatutoryKind.RULE_OF_LAW_REPORT,
                by + "关于" + year + "年法治政府建设情况的报告", publishedOn, publishedOn, CHANNEL, null);
    }
}
