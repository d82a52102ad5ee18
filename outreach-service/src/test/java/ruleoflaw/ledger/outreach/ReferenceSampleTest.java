package ruleoflaw.ledger.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Every line of the reference year's {@code samples/kjj-2024/outreach.jsonl} is accepted by the service as
 * {@code .ci/reference-year} sends it (a field naming an earlier line's id carries the id the ledger gave it), so the
 * end-to-end check of the reference year cannot fail on an invalid sample.
 */
@LedgerServiceTest
class ReferenceSampleTest {

    private static final Path SAMPLE = Path.of("..", "samples", "kjj-2024", "outreach.jsonl");
    private static final Map<String, String> PATHS = Map.of(
            "outreach.event", "/api/outreach/events",
            "outreach.contestSeries", "/api/outreach/contest-series",
            "outreach.contestEdition", "/api/outreach/contest-editions",
            "outreach.briefing", "/api/outreach/briefings",
            "outreach.visit", "/api/outreach/visits");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void everyLineOfTheReferenceSampleIsRecorded() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        Map<String, String> ids = new HashMap<>();

        for (String line : lines) {
            ObjectNode record = (ObjectNode) json.readTree(line);
            String type = record.remove("type").asText();
            String key = record.remove("id").asText();
            record.properties().forEach(field -> {
                if (field.getValue().isTextual() && ids.containsKey(field.getValue().asText())) {
                    field.setValue(record.textNode(ids.get(field.getValue().asText())));
                }
            });
            assertThat(PATHS).as(key).containsKey(type);
            HttpHeaders headers = TestGateway.as("普法专员", "recorder");
            headers.set("Idempotency-Key", "sample-test-" + key + "-" + System.nanoTime());
            ResponseEntity<Map> response = http.exchange(PATHS.get(type), HttpMethod.POST,
                    new HttpEntity<>(json.writeValueAsString(record), headers), Map.class);
            assertThat(response.getStatusCode()).as(key + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
            ids.put(key, (String) response.getBody().get("id"));
        }

        assertThat(ids).hasSize(lines.size()).containsKeys("kjj-2024-science-week", "kjj-2024-science-day",
                "kjj-2024-constitution-week", "kjj-2024-contest-series", "kjj-2024-contest-2024");
    }
}
