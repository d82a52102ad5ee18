package ruleoflaw.ledger.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Every {@code outreach.*} line of the reference year ({@code samples/kjj-2024.jsonl}) is accepted by the service as
 * {@code bin/suite import} sends it (the line's id its record id, so an edition's {@code seriesId} names its series),
 * so the end-to-end check of the reference year cannot fail on an invalid sample.
 */
@LedgerServiceTest
class ReferenceSampleTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void everyLineOfTheReferenceSampleIsRecorded() throws IOException {
        List<ObjectNode> lines = LedgerSample.lines("outreach.");
        Map<String, String> paths = LedgerSample.paths(http, "outreach");
        Map<String, String> ids = new HashMap<>();

        for (ObjectNode record : lines) {
            String type = record.remove("type").asText();
            String key = record.remove("id").asText();
            HttpHeaders headers = TestGateway.as("普法专员", "recorder");
            headers.set("Idempotency-Key", "sample-test-" + key + "-" + System.nanoTime());
            headers.set("Record-Id", key);
            ResponseEntity<Map> response = http.exchange(paths.get(type), HttpMethod.POST,
                    new HttpEntity<>(json.writeValueAsString(record), headers), Map.class);
            assertThat(response.getStatusCode()).as(key + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(response.getBody()).containsEntry("id", key);
            ids.put(key, (String) response.getBody().get("id"));
        }

        assertThat(ids).hasSize(lines.size()).containsKeys("kjj-2024-science-week", "kjj-2024-science-day",
                "kjj-2024-constitution-week", "kjj-2024-contest-series", "kjj-2024-contest-2024");
    }
}
