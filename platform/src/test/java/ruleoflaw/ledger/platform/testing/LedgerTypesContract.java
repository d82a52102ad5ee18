package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * 400, where a path or method nobody serves would be a 404 or 405. The list is the one docs/ledger-format.md publishes
 * for the service's context: a type added, renamed or moved is a change of the ledger format, made in both. Extend it
 * once per domain service.
 */
@LedgerServiceTest
public abstract class LedgerTypesContract {

    @Autowired
    protected TestRestTemplate http;

    @Value("${ledger.security.context}")
    String context;

    static final Path LEDGER_FORMAT = Path.of("..", "docs", "ledger-format.md");
    /** A row of the format's table of types: {@code | `study.session` | `/api/study/sessions` |}. */
    private static final Pattern TYPE_ROW = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `(/api/[^`]+)`", Pattern.MULTILINE);

    /** Line type → path, as the ledger format publishes them for this context ({@code {of}} in a step's path). */
    protected Map<String, String> types() throws IOException {
        return TYPE_ROW.matcher(Files.readString(LEDGER_FORMAT, StandardCharsets.UTF_8)).results()
                .filter(row -> row.group(2).startsWith("/api/" + context + "/"))
                .collect(Collectors.toMap(row -> row.group(1), row -> row.group(2)));
    }

    @Test
    void listsTheLineTypesItTakesAndWhereAsTheLedgerFormatPublishesThem() throws IOException {
        assertThat(types()).isNotEmpty();
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
