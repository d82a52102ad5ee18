package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Every {@code legal.*} line of {@code samples/kjj-2024.jsonl} is accepted by the service as {@code bin/suite import}
 * sends it, the line's id its record id: a record answers 201, a lifecycle step ({@code "of"} names its record) 200;
 * and the case ends up as the report says: registered on the national platform, still under trial, its defence in time.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ReferenceYearSampleTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everySampleLineIsRecordedAndTheCaseStandsAsTheReportSays() {
        List<ObjectNode> lines = LedgerSample.lines("legal.");
        assertThat(lines).hasSize(6);
        Map<String, String> paths = LedgerSample.paths(http, "litigation");
        for (ObjectNode record : lines) {
            String type = record.remove("type").asText();
            String key = record.remove("id").asText();
            String of = record.has("of") ? record.remove("of").asText() : null;
            HttpHeaders headers = TestGateway.as("法务专员", "recorder");
            headers.set("Record-Id", key);
            ResponseEntity<Map> response = http.exchange(paths.get(type).replace("{of}", String.valueOf(of)),
                    HttpMethod.POST, new HttpEntity<>(record, headers), Map.class);
            assertThat(response.getStatusCode()).as(key + ": " + response.getBody())
                    .isEqualTo(of == null ? HttpStatus.CREATED : HttpStatus.OK);
        }

        Map<String, Object> kase = (Map<String, Object>) http.exchange("/api/litigation/cases/kjj-2024-case-1",
                HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class).getBody().get("record");
        assertThat(kase).containsEntry("platformRegisteredOn", "2024-09-23").containsEntry("defenceFiledOn", "2024-09-20")
                .containsEntry("defenceOverdue", false).doesNotContainKey("concludedOn");
    }
}
