package ruleoflaw.ledger.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.testing.LedgerSample;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * An application's steps are exported under the names the service lists them by (their {@code @LedgerStep}s), each
 * with its step's REST body: the lines import where they came from. Year 2013 is this test's own.
 */
@LedgerServiceTest
class ApplicationLedgerExportTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void eachStepIsALineOfTheTypeTheServiceListsAtItsPath() throws Exception {
        Map<String, String> paths = LedgerSample.paths(http, "disclosure");
        String id = "kjj-2013-application-1";
        post(paths.get("disclosure.application"), id, """
                {"receivedOn":"2013-06-03","applicantType":"NATURAL_PERSON","requestSummary":"申请公开2013年科技项目名单"}""",
                HttpStatus.CREATED);
        for (String[] step : new String[][] {{"correctionRequest", "{\"requestedOn\":\"2013-06-12\"}"},
                {"correctionReceived", "{\"receivedOn\":\"2013-06-14\"}"},
                {"extension", "{\"approvedOn\":\"2013-06-20\",\"workingDays\":10}"},
                {"answer", "{\"answeredOn\":\"2013-07-10\",\"outcome\":\"DISCLOSED\"}"}}) {
            post(paths.get("disclosure.application." + step[0]).replace("{of}", id), null, step[1], HttpStatus.OK);
        }

        List<JsonNode> lines = export();

        assertThat(lines).extracting(line -> line.get("type").asText()).containsExactly("disclosure.application",
                "disclosure.application.correctionRequest", "disclosure.application.correctionReceived",
                "disclosure.application.extension", "disclosure.application.answer");
        assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line.get("of").asText()).isEqualTo(id));
        assertThat(lines.get(3).get("workingDays").asInt()).isEqualTo(10);
        assertThat(lines.get(4).get("answeredOn").asText()).isEqualTo("2013-07-10");
        assertThat(lines.get(4).get("outcome").asText()).isEqualTo("DISCLOSED");
    }

    private void post(String path, String recordId, String body, HttpStatus expected) {
        HttpHeaders headers = TestGateway.as("公开专员", "recorder");
        if (recordId != null) {
            headers.set("Record-Id", recordId);
        }
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(expected);
    }

    private List<JsonNode> export() throws Exception {
        ResponseEntity<String> response = http.exchange("/api/disclosure/ledger?year=2013", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.getBody().lines().toList()) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
