package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * What a domain service lists at {@code GET /api/<context>/ledger/types} (where {@code bin/suite import} sends each
 * line) is what it serves: every listed path takes its line, and so do each record type's correction
 * ({@code PUT <path>/{id}}) and withdrawal ({@code POST <path>/{id}/withdrawal}): a body the handler cannot read is its
 * 400, where a path or method nobody serves would be a 404 or 405. Extend it once per domain service, with its types.
 */
@LedgerServiceTest
public abstract class LedgerTypesContract {

    @Autowired
    protected TestRestTemplate http;

    @Value("${ledger.security.context}")
    String context;

    /** Line type → path, as the service lists them ({@code {of}} in a step's path). */
    protected abstract Map<String, String> types();

    @Test
    void listsTheLineTypesItTakesAndWhere() {
        assertThat(LedgerSample.paths(http, context)).containsExactlyInAnyOrderEntriesOf(types());
    }

    @Test
    void everyListedPathTakesItsLines() {
        List<String> probes = new ArrayList<>();
        LedgerSample.paths(http, context).forEach((type, path) -> {
            if (path.contains("{of}")) {
                probes.add("POST " + path.replace("{of}", "no-such-record"));
            } else {
                probes.add("POST " + path);
                probes.add("PUT " + path + "/no-such-record");
                probes.add("POST " + path + "/no-such-record/withdrawal");
            }
        });
        assertThat(probes).isNotEmpty().allSatisfy(probe -> {
            String[] request = probe.split(" ");
            var answer = http.exchange(request[1], HttpMethod.valueOf(request[0]),
                    new HttpEntity<>("[]", TestGateway.as("录入员", "recorder")), String.class);
            assertThat(answer.getStatusCode()).as(probe + " → " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        });
    }

    @Test
    void anyoneSignedInReadsTheTypesAsTheExport() {
        var editor = http.exchange("/api/" + context + "/ledger/types", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("编辑", "editor")), String.class);
        var anonymous = http.getForEntity("/api/" + context + "/ledger/types", String.class);

        assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
