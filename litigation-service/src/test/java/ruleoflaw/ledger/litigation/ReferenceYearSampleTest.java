package ruleoflaw.ledger.litigation;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Every line of {@code samples/kjj-2024/litigation.jsonl} is accepted by the service as {@code .ci/reference-year}
 * sends it: a record answers 201, a lifecycle step ({@code "of"} names its record) 200; and the case ends up as the
 * report says: registered on the national platform, still under trial, its defence in time.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ReferenceYearSampleTest {

    static final Path SAMPLE = Path.of("..", "samples", "kjj-2024", "litigation.jsonl");
    static final Map<String, String> PATHS = Map.of(
            "legal.case", "/api/litigation/cases",
            "legal.counsel", "/api/litigation/counsel",
            "legal.review", "/api/litigation/reviews",
            "legal.case.defence", "/api/litigation/cases/{of}/defence",
            "legal.case.platformRegistration", "/api/litigation/cases/{of}/platform-registration",
            "legal.case.hearing", "/api/litigation/cases/{of}/hearings",
            "legal.case.conclusion", "/api/litigation/cases/{of}/conclusion");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void everySampleLineIsRecordedAndTheCaseStandsAsTheReportSays() throws IOException {
        Map<String, String> ids = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            Map<String, Object> record = json.readValue(line, Map.class);
            String type = (String) record.remove("type");
            String key = (String) record.remove("id");
            String of = (String) record.remove("of");
            String path = of == null ? PATHS.get(type) : PATHS.get(type).replace("{of}", ids.get(of));
            ResponseEntity<Map> response = http.exchange(path, HttpMethod.POST,
                    new HttpEntity<>(record, TestGateway.as("法务专员", "recorder")), Map.class);
            assertThat(response.getStatusCode()).as(key + ": " + response.getBody())
                    .isEqualTo(of == null ? HttpStatus.CREATED : HttpStatus.OK);
            if (of == null) {
                ids.put(key, (String) response.getBody().get("id"));
            }
        }

        Map<String, Object> kase = (Map<String, Object>) http.exchange("/api/litigation/cases/" + ids.get("kjj-2024-case-1"),
                HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class).getBody().get("record");
        assertThat(kase).containsEntry("platformRegisteredOn", "2024-09-23").containsEntry("defenceFiledOn", "2024-09-20")
                .containsEntry("defenceOverdue", false).doesNotContainKey("concludedOn");
    }
}
