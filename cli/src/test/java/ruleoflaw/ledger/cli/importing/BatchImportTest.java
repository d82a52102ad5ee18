package ruleoflaw.ledger.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.testing.ContextTypes;
import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;
import ruleoflaw.ledger.cli.testing.LedgerRun;

/** A file imported in batches: consecutive lines of one context and department in one request, in file order. */
class BatchImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "{\"type\": \"study.session\", \"id\": \"%s\", \"kind\": \"COLLECTIVE_STUDY\", "
            + "\"title\": \"%s\", \"heldOn\": \"2024-03-12\", \"attendees\": %d}";
    private static final String REVIEW = "{\"type\": \"legal.review\", \"id\": \"%s\", \"kind\": \"CONTRACT\", "
            + "\"subject\": \"技术服务合同\", \"reviewedOn\": \"2024-05-20\", \"conclusion\": \"合法\"}";
    private static final String NEGATIVE = "{\"type\": \"urn:ledger:problem:invalid-record\", \"title\": \"Invalid record\", "
            + "\"status\": 400, \"detail\": \"attendees: must be greater than or equal to 0\", \"errors\": [{\"field\": "
            + "\"attendees\", \"message\": \"must be greater than or equal to 0\"}]}";

    @TempDir
    Path work;

    @Test
    void linesGoInBatchesInFileOrderAndARefusedLineIsReportedWithItsNumberAndProblem() throws IOException {
        Path file = ledger(SESSION.formatted("s-1", "学习《中华人民共和国宪法》", 20), SESSION.formatted("s-2", "已有", 3),
                SESSION.formatted("s-3", "人数为负", -1), "", REVIEW.formatted("r-1"),
                SESSION.formatted("s-4", "学法", 5).replace("{\"type\"", "{\"department\": \"demo-jxw\", \"type\""),
                "{这一行不是 JSON", SESSION.formatted("s-5", "学法", 6));
        try (FakeGateway gateway = new FakeGateway(BatchImportTest::service).types(ContextTypes::withBatches)) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 4 recorded, 1 already present, 2 refused, 0 not sent (7 lines in ");
            assertThat(run.err())
                    .contains("ledger: line 3 refused, nothing of it recorded: POST /api/study/sessions answered 400\n"
                            + "  " + NEGATIVE + "\n")
                    .contains("ledger: line 7 refused, nothing of it recorded: not a JSON object: ")
                    .containsPattern("ledger: \\[#{30}\\] 7/7  [0-9]+\\.[0-9] lines/s  ETA 0 s\n");
            assertThat(run.err().indexOf("line 3 refused")).isLessThan(run.err().indexOf("line 7 refused"));
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "POST /api/study/ledger/lines", "POST /api/litigation/ledger/lines",
                    "POST /api/study/ledger/lines?department=demo-jxw", "POST /api/study/ledger/lines");
            JsonNode first = JSON.readTree(gateway.requests().get(0).body());
            assertThat(first.findValuesAsText("id")).containsExactly("s-1", "s-2", "s-3");
            assertThat(first.get(0).path("title").asText()).isEqualTo("学习《中华人民共和国宪法》");
            assertThat(first.get(0).path("type").asText()).isEqualTo("study.session");
            JsonNode other = JSON.readTree(gateway.requests().get(2).body());
            assertThat(other.get(0).has("department")).isFalse();
            assertThat(gateway.requests().get(0).header("Idempotency-Key")).isNull();
            assertThat(gateway.reports()).isNotEmpty().last()
                    .satisfies(report -> assertThat(report.body()).contains("\"done\": 7", "\"total\": 7",
                            "\"finished\": true"));
        }
    }

    @Test
    void aBatchIsAtMostTwoHundredLines() throws IOException {
        String[] lines = new String[450];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = SESSION.formatted("t-" + i, "学法", 1);
        }
        Path file = ledger(lines);
        try (FakeGateway gateway = new FakeGateway(BatchImportTest::service).types(ContextTypes::withBatches)) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("ledger: 450 recorded, 0 already present, 0 refused, 0 not sent");
            assertThat(gateway.requests()).extracting(request -> readArray(request).size()).containsExactly(200, 200, 50);
        }
    }

    @Test
    void strictStopsAtTheFirstRefusedLineOfABatch() throws IOException {
        Path file = ledger(SESSION.formatted("s-1", "学法", 1), SESSION.formatted("s-2", "人数为负", -1),
                SESSION.formatted("s-3", "学法", 1), REVIEW.formatted("r-1"));
        try (FakeGateway gateway = new FakeGateway(BatchImportTest::service).types(ContextTypes::withBatches)) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--strict", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 1 refused, 0 not sent (2 lines in ");
            assertThat(run.err()).contains("ledger: stopped at line 2 (--strict); lines after it were not sent");
            assertThat(gateway.requests()).extracting(Request::target)
                    .containsExactly("POST /api/study/ledger/lines?strict=true");
        }
    }

    @Test
    void oneByOneSendsEachLineInARequestOfItsOwn() throws IOException {
        Path file = ledger(SESSION.formatted("s-1", "学法", 1), REVIEW.formatted("r-1"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}")).types(ContextTypes::withBatches)) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--one-by-one", file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(gateway.requests()).extracting(Request::target)
                    .containsExactly("POST /api/study/sessions", "POST /api/litigation/reviews");
        }
    }

    /** The services: each line recorded, but one with a negative count (refused) or an id "s-2" (present). */
    private static Reply service(Request request) {
        ArrayNode lines = readArray(request);
        boolean strict = request.path().contains("strict=true");
        ArrayNode results = JSON.createArrayNode();
        boolean stopped = false;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            ObjectNode result = results.addObject().put("index", i).put("id", line.path("id").asText());
            if (stopped) {
                result.put("status", 0).put("outcome", "not-tried");
            } else if (line.path("attendees").asInt() < 0) {
                result.put("request", "POST /api/study/sessions").put("status", 400).put("outcome", "refused");
                result.set("problem", read(NEGATIVE));
                stopped = strict;
            } else {
                boolean present = line.path("id").asText().equals("s-2");
                result.put("request", "POST /api/study/sessions").put("status", present ? 200 : 201)
                        .put("outcome", present ? "present" : "recorded");
            }
        }
        return Reply.of(200, JSON.createObjectNode().set("lines", results).toString());
    }

    private static ArrayNode readArray(Request request) {
        return (ArrayNode) read(request.body());
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path ledger(String... lines) throws IOException {
        Path file = work.resolve("ledger.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
