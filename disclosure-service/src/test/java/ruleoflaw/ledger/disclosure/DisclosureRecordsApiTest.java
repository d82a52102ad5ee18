package ruleoflaw.ledger.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

@LedgerServiceTest
class DisclosureRecordsApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRecordOfTheReferenceYearIsAccepted() {
        List<ObjectNode> lines = LedgerSample.lines("disclosure.", "normative.", "services.");
        assertThat(lines).hasSize(100);
        Map<String, String> paths = LedgerSample.paths(http, "disclosure");
        for (ObjectNode record : lines) {
            String path = paths.get(record.remove("type").asText());
            record.remove("id");
            ResponseEntity<Map> response = send(HttpMethod.POST, path, record.toString());
            assertThat(response.getStatusCode()).as(record + " → " + response.getBody()).isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<Map> listed = send(HttpMethod.GET, "/api/disclosure/items?year=2024&size=500", null);
        assertThat(((Number) listed.getBody().get("total")).intValue()).isGreaterThanOrEqualTo(93);
    }

    @Test
    void aMalformedDocumentNumberOrAStatutoryItemWithoutKindIsRefusedAndNothingRecorded() {
        long before = count("normative.document") + count("disclosure.item");

        ResponseEntity<Map> document = send(HttpMethod.POST, "/api/disclosure/normative-documents", """
                {"documentNumber":"科技发2024第12号","title":"管理办法","issuedOn":"2024-06-03","effectiveFrom":"2024-06-03"}""");
        ResponseEntity<Map> item = send(HttpMethod.POST, "/api/disclosure/items", """
                {"category":"STATUTORY","title":"领导信息","formedOn":"2024-01-08","publishedOn":"2024-01-15"}""");

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) document.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("documentNumber");
        assertThat((List<Map<String, Object>>) item.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("statutoryKind");
        assertThat(count("normative.document") + count("disclosure.item")).isEqualTo(before);
    }

    @Test
    void aCleanUpWhoseOutcomesDoNotAddUpIsRefusedNamingReviewed() {
        long before = count("normative.cleanup");
        String cleanup = """
                {"title":"规范性文件专项清理","scope":"本局现行有效的行政规范性文件","completedOn":"2024-09-30",
                 "reviewed":%d,"kept":8,"amended":2,"repealed":1,"declaredInvalid":1}""";

        ResponseEntity<Map> refused = send(HttpMethod.POST, "/api/disclosure/normative-cleanups", cleanup.formatted(13));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("reviewed");
        assertThat(count("normative.cleanup")).isEqualTo(before);

        ResponseEntity<Map> recorded = send(HttpMethod.POST, "/api/disclosure/normative-cleanups", cleanup.formatted(12));
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(count("normative.cleanup")).isEqualTo(before + 1);
    }

    private long count(String type) {
        return jdbc.queryForObject("select count(*) from ledger_record where record_type = ?", Long.class, type);
    }

    private ResponseEntity<Map> send(HttpMethod method, String path, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, TestGateway.as("公开专员", "recorder")), Map.class);
    }
}
