package ruleoflaw.ledger.cli.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;
import ruleoflaw.ledger.cli.testing.LedgerRun;

class ExportCommandTest {

    /** Each context's ledger: a line per record, in its own order; outreach has none; disclosure ends with \r\n. */
    private static final Map<String, String> LEDGERS = Map.of(
            "study", "{\"type\":\"study.session\",\"id\":\"s-1\",\"title\":\"学习宪法\"}\n"
                    + "{\"type\":\"study.exam\",\"id\":\"e-1\"}\n",
            "litigation", "\n{\"type\":\"legal.case\",\"id\":\"c-1\",\"cause\":\"行政复议\"}\n",
            "outreach", "",
            "disclosure", "{\"type\":\"disclosure.item\",\"id\":\"d-1\"}\r\n");

    @TempDir
    Path work;

    @Test
    void writesEveryContextsLinesInContextOrder() throws IOException {
        Path file = work.resolve("2018-2024.jsonl");
        try (FakeGateway gateway = ledgers()) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "export", "2018..2024", file.toString(), "--history");

            assertThat(run.status()).isZero();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                    "{\"type\":\"study.session\",\"id\":\"s-1\",\"title\":\"学习宪法\"}\n"
                            + "{\"type\":\"study.exam\",\"id\":\"e-1\"}\n"
                            + "{\"type\":\"legal.case\",\"id\":\"c-1\",\"cause\":\"行政复议\"}\n"
                            + "{\"type\":\"disclosure.item\",\"id\":\"d-1\"}\n");
            assertThat(run.err()).isEqualTo("ledger: study: 2 lines\nledger: litigation: 1 lines\n"
                    + "ledger: outreach: 0 lines\nledger: disclosure: 1 lines\n"
                    + "ledger: exported 4 lines of 2018..2024 with their history to " + file + "\n");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "GET /api/study/ledger?year=2018&to=2024&history=true",
                    "GET /api/litigation/ledger?year=2018&to=2024&history=true",
                    "GET /api/outreach/ledger?year=2018&to=2024&history=true",
                    "GET /api/disclosure/ledger?year=2018&to=2024&history=true");
        }
    }

    @Test
    void writesToStandardOutputWithoutAFile() throws IOException {
        try (FakeGateway gateway = ledgers()) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "export", "2024");

            assertThat(run.out()).startsWith("{\"type\":\"study.session\",\"id\":\"s-1\",\"title\":\"学习宪法\"}\n")
                    .hasLineCount(4);
            assertThat(run.err()).endsWith("ledger: exported 4 lines of 2024\n");
            assertThat(gateway.requests().get(0).path()).isEqualTo("/api/study/ledger?year=2024&to=2024&history=false");
        }
    }

    @Test
    void refusesWhatIsNotAYearOrASpanOfThem() throws IOException {
        try (FakeGateway gateway = ledgers()) {
            String usage = "usage: bin/suite export [-h] [--history] [--user USER] YEAR[..YEAR] [file]\n";

            assertThat(LedgerRun.of(gateway, Map.of(), "export", "abc")).isEqualTo(new LedgerRun(2, "", usage
                    + "bin/suite export: error: argument YEAR[..YEAR]: 'abc' is not a year (2024) or a range of years "
                    + "(2018..2024)\n"));
            assertThat(LedgerRun.of(gateway, Map.of(), "export", "2024..2020").err()).isEqualTo(usage
                    + "bin/suite export: error: argument YEAR[..YEAR]: '2024..2020': years go from 2000 to 2100, the "
                    + "first not after the last\n");
            assertThat(LedgerRun.of(gateway, Map.of(), "export", "1999").status()).isEqualTo(2);
            assertThat(LedgerRun.of(gateway, Map.of(), "export").err()).isEqualTo(usage
                    + "bin/suite export: error: the following arguments are required: YEAR[..YEAR]\n");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void endsWithTheAnswerOfAContextThatFails() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.problem(403, "only auditors export"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "export", "2024");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("ledger: exporting study failed: GET answered 403: {\"type\":\"about:blank\","
                    + "\"title\":\"Problem\",\"status\":403,\"detail\":\"only auditors export\"}\n");
        }
    }

    private static FakeGateway ledgers() throws IOException {
        return new FakeGateway(request -> new Reply(200, Map.of("Content-Type", "application/x-ndjson"),
                LEDGERS.get(request.path().split("/")[2])));
    }
}
