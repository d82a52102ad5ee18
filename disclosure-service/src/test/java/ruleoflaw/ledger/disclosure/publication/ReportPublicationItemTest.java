package ruleoflaw.ledger.disclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * A report published in the suite is an information item of the department that published it: reporting-service's
 * {@code ReportPublished}, stored as reporting stores it (a type this service has no class of), records exactly one
 * item, however often the publication comes by and whatever revision follows.
 */
@LedgerServiceTest
class ReportPublicationItemTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestRestTemplate http;

    @Test
    void theFirstPublicationOfTheRuleOfLawReportIsOneStatutoryItemOfItsDepartmentDatedByThePublication() throws Exception {
        String department = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        String reportId = "rule-of-law-2024-" + department;
        appendPublished(reportId, 3, "RULE_OF_LAW", 2024, 1, "2025-03-20", department);
        appendPublished(reportId, 4, "RULE_OF_LAW", 2024, 1, "2025-03-20", department); // the same, come by again
        appendPublished(reportId, 7, "RULE_OF_LAW", 2024, 2, "2025-05-06", department);
        awaitProcessedUpTo(department);

        List<Map<String, Object>> items = items(reportId + "-publication");
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).containsEntry("record_type", "disclosure.item").containsEntry("department", department)
                .containsEntry("year", 2025).containsEntry("recorded_by", "审批人").containsEntry("version", 0L);
        assertThat(item.get("business_date").toString()).isEqualTo("2025-03-20");
        JsonNode details = json.readTree(item.get("details").toString());
        assertThat(details.path("category").asText()).isEqualTo("STATUTORY");
        assertThat(details.path("statutoryKind").asText()).isEqualTo("RULE_OF_LAW_REPORT");
        assertThat(details.path("formedOn").asText()).isEqualTo("2025-03-20");
        assertThat(details.path("publishedOn").asText()).isEqualTo("2025-03-20");
        assertThat(details.path("title").asText()).isEqualTo("关于2024年法治政府建设情况的报告");
        assertThat(items(reportId)).as("the report's own id holds no record").isEmpty();
    }

    @Test
    void theDisclosureReportIsAnAnnualReportItemOfTheDefaultDepartmentThatTheLedgerExports() throws Exception {
        String reportId = "disclosure-2005";
        appendPublished(reportId, 3, "DISCLOSURE", 2005, 1, "2006-01-20", null);
        awaitItem(reportId + "-publication");

        List<Map<String, Object>> items = items(reportId + "-publication");
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("department", "default");
        JsonNode details = json.readTree(items.get(0).get("details").toString());
        assertThat(details.path("category").asText()).isEqualTo("ANNUAL_REPORT");
        assertThat(details.has("statutoryKind")).isFalse();
        assertThat(details.path("title").asText()).isEqualTo("2005年政府信息公开工作年度报告");

        ResponseEntity<String> export = http.exchange("/api/disclosure/ledger?year=2006", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getBody()).contains("\"id\":\"disclosure-2005-publication\"", "\"category\":\"ANNUAL_REPORT\"",
                "\"publishedOn\":\"2006-01-20\"");
    }

    @Test
    void aRevisionPublishedWithoutAnItemOfItsFirstPublicationAddsNone() {
        String department = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        String reportId = "disclosure-2023-" + department;
        appendPublished(reportId, 9, "DISCLOSURE", 2023, 2, "2024-03-01", department);
        awaitProcessedUpTo(department);

        assertThat(items(reportId + "-publication")).isEmpty();
    }

    /**
     * Waits until the processor has passed every event stored so far: a marker publication appended now is handled
     * after them, in order.
     */
    private void awaitProcessedUpTo(String department) {
        String marker = "rule-of-law-2003-" + department + "-marker";
        appendPublished(marker, 0, "RULE_OF_LAW", 2003, 1, "2004-03-01", department);
        awaitItem(marker + "-publication");
    }

    private void awaitItem(String itemId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !items(itemId).isEmpty());
    }

    private List<Map<String, Object>> items(String id) {
        return jdbc.queryForList("""
                select record_type, department, year, business_date, version, details::text as details, recorded_by
                from ledger_record where record_id = ?""", id);
    }

    /** A {@code ReportPublished} as reporting-service's Jackson serializer stores it, with the approver's metadata. */
    private void appendPublished(String reportId, long sequence, String kind, int year, int revision,
            String publishedOn, String department) {
        String payload = """
                {"reportId":"%s","kind":"%s","year":%d,"revision":%d,"publishedOn":"%s","approver":"审批人",
                 "figures":{"disclosure.items.total":93},"narrative":{"sections":{"INTRODUCTION":"引言"}},
                 "changedFigures":[],"changedSections":[]}""".formatted(reportId, kind, year, revision, publishedOn);
        String metaData = department == null
                ? """
                {"recordedBy":"审批人","recordedAt":"%s","correlationId":"%s"}""".formatted(Instant.now(), UUID.randomUUID())
                : """
                {"recordedBy":"审批人","recordedAt":"%s","correlationId":"%s","department":"%s"}""".formatted(
                        Instant.now(), UUID.randomUUID(), department);
        jdbc.update("""
                insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                values (nextval('domain_event_entry_seq'), ?, ?, 'AnnualReport', ?, ?, null, ?, ?, ?)""",
                reportId, sequence, UUID.randomUUID().toString(), ReportPublications.REPORT_PUBLISHED,
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
    }
}
