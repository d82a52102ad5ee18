package ruleoflaw.ledger.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.cli.testing.ContextTypes;
import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;
import ruleoflaw.ledger.cli.testing.LedgerRun;

class ImportCommandTest {

    private static final String SESSION = "{\"type\": \"study.session\", \"id\": \"%s\", \"kind\": \"COLLECTIVE_STUDY\", "
            + "\"title\": \"%s\", \"heldOn\": \"2024-03-12\", \"attendees\": 20, \"hours\": 2.0}";
    private static final String REVIEW = "{\"type\": \"legal.review\", \"id\": \"%s\", \"kind\": \"CONTRACT\", "
            + "\"subject\": \"技术服务合同\", \"reviewedOn\": \"2024-05-20\", \"conclusion\": \"合法\"}";

    private static final String CORRECTION = "{\"type\": \"study.session.correction\", \"id\": \"%s\", \"of\": \"%s\", "
            + "\"reason\": \"人数有误\", \"record\": {\"kind\": \"COLLECTIVE_STUDY\", \"title\": \"学法\", "
            + "\"heldOn\": \"2024-03-12\", \"attendees\": 21}}";

    @TempDir
    Path work;

    @Test
    void aRecordOrStepExportedAndSentAgainIsAlreadyPresent() throws IOException {
        String defence = "{\"type\": \"legal.case.defence\", \"id\": \"c-1-defence\", \"of\": \"c-1\", "
                + "\"filedOn\": \"2024-04-02\"}";
        Path file = ledger(session("s-1", "学法"), defence);
        String reused = "{\"title\": \"Idempotency-Key reused\", \"status\": 422}";
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.target()) {
            case "POST /api/study/sessions" -> request.header("Idempotency-Key") == null
                    ? Reply.of(200, "{\"id\": \"s-1\"}").with("Record-Already-Present", "true") : Reply.of(422, reused);
            case "GET /api/litigation/cases/c-1/history" -> Reply.of(200, "[{\"change\": \"recorded\"}, "
                    + "{\"change\": \"defenceFiled\", \"idempotencyKey\": \"c-1-defence\"}]");
            default -> Reply.of(422, reused);
        })) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("ledger: 0 recorded, 2 already present, 0 refused, 0 not sent (2 lines in ");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly("POST /api/study/sessions",
                    "POST /api/study/sessions", "POST /api/litigation/cases/c-1/defence",
                    "GET /api/litigation/cases/c-1/history");
            assertThat(gateway.requests().get(1).header("Record-Id")).isEqualTo("s-1");
        }
    }

    @Test
    void aCorrectionSentAgainIsAlreadyPresentWhenItsRecordsHistoryHasItsId() throws IOException {
        Path file = ledger(CORRECTION.formatted("s-1-fix", "s-1"), CORRECTION.formatted("s-2-fix", "s-2"));
        String reused = "{\"title\": \"Idempotency-Key reused\", \"status\": 422, \"detail\": \"another request\"}";
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.target()) {
            case "GET /api/study/sessions/s-1", "GET /api/study/sessions/s-2" -> Reply.of(200, "{\"version\": 1}");
            case "GET /api/study/sessions/s-1/history" -> Reply.of(200, "[{\"change\": \"recorded\", "
                    + "\"idempotencyKey\": \"s-1\"}, {\"change\": \"corrected\", \"idempotencyKey\": \"s-1-fix\"}]");
            case "GET /api/study/sessions/s-2/history" -> Reply.of(200, "[{\"change\": \"recorded\", "
                    + "\"idempotencyKey\": \"s-2\"}]");
            default -> Reply.of(422, reused);
        })) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 0 recorded, 1 already present, 1 refused, 0 not sent (2 lines in ");
            assertThat(run.err()).contains("ledger: line 2 refused, nothing of it recorded: PUT /api/study/sessions/s-2 "
                    + "answered 422");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "GET /api/study/sessions/s-1", "PUT /api/study/sessions/s-1", "GET /api/study/sessions/s-1/history",
                    "GET /api/study/sessions/s-2", "PUT /api/study/sessions/s-2", "GET /api/study/sessions/s-2/history");
        }
    }

    @Test
    void countsRecordedPresentAndRefusedLinesAndFailsWhenOneIsRefused() throws IOException {
        Path file = ledger(session("s-new", "新的"), session("s-replayed", "重放"), review("r-present"),
                session("s-bad", "人数为负"), "", "{这一行不是 JSON", "[1, 2]");
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.header("Record-Id")) {
            case "s-new" -> Reply.of(201, "{\"id\":\"s-new\"}");
            case "s-replayed" -> Reply.of(201, "{\"id\":\"s-replayed\"}").with("Idempotent-Replayed", "true");
            case "r-present" -> Reply.of(200, "{\"id\":\"r-present\"}").with("Record-Already-Present", "true");
            default -> Reply.problem(400, "attendees: must be greater than or equal to 1");
        })) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 2 already present, 3 refused, 0 not sent (6 lines in ")
                    .containsPattern("\\(6 lines in [0-9]+\\.[0-9] s, [0-9]+\\.[0-9] lines/s\\)\n$");
            assertThat(run.err()).startsWith("ledger: importing 6 lines of " + file + " as recorder through "
                            + gateway.url() + "\n")
                    .contains("ledger: line 4 refused, nothing of it recorded: POST /api/study/sessions answered 400\n"
                            + "  {\"type\": \"about:blank\", \"title\": \"Problem\", \"status\": 400, \"detail\": "
                            + "\"attendees: must be greater than or equal to 1\"}\n")
                    .contains("ledger: line 6 refused, nothing of it recorded: not a JSON object: ")
                    .contains("ledger: line 7 refused, nothing of it recorded: not a JSON object\n")
                    .contains("ledger: [##############################] 6/6  ");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly("POST /api/study/sessions",
                    "POST /api/study/sessions", "POST /api/litigation/reviews", "POST /api/study/sessions");
        }
    }

    @Test
    void sendsEachLineAsBinLedgerDidChineseIntact() throws IOException {
        Path file = ledger(session("kjj-2024-session-01", "学习《中华人民共和国宪法》"), review("kjj-2024-review-1"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{\"id\":\"x\",\"title\":\"已记录\"}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of("LEDGER_USER", "录入员"), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("ledger: 2 recorded, 0 already present, 0 refused, 0 not sent (2 lines in ");
            Request first = gateway.requests().get(0);
            assertThat(first.body()).isEqualTo("{\"kind\": \"COLLECTIVE_STUDY\", \"title\": \"学习《中华人民共和国宪法》\", "
                    + "\"heldOn\": \"2024-03-12\", \"attendees\": 20, \"hours\": 2.0}");
            assertThat(first.header("Idempotency-Key")).isEqualTo("kjj-2024-session-01");
            assertThat(first.header("Record-Id")).isEqualTo("kjj-2024-session-01");
            assertThat(first.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(first.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("录入员:secret".getBytes(StandardCharsets.UTF_8)));
            assertThat(gateway.requests().get(1).body()).contains("\"subject\": \"技术服务合同\"");
            assertThat(gateway.typeQuestions()).extracting(Request::target).containsExactly(
                    "GET /api/study/ledger/types", "GET /api/litigation/ledger/types", "GET /api/outreach/ledger/types",
                    "GET /api/disclosure/ledger/types");
            assertThat(gateway.typeQuestions()).extracting(request -> request.header("Authorization"))
                    .containsOnly(first.header("Authorization"));
            assertThat(gateway.reports()).isNotEmpty().last()
                    .satisfies(report -> assertThat(report.body()).contains("\"label\": \"ledger.jsonl\"",
                            "\"done\": 2", "\"total\": 2", "\"finished\": true"));
        }
    }

    @Test
    void eachLineIsSentForItsDepartmentElseTheOptionsAndTheMemberIsNotSent() throws IOException {
        String own = "{\"type\": \"study.session\", \"id\": \"s-1\", \"department\": \"demo-jxw\", "
                + "\"kind\": \"COLLECTIVE_STUDY\", \"title\": \"学法\", \"heldOn\": \"2024-03-12\", \"attendees\": 20}";
        String correction = "{\"type\": \"study.session.correction\", \"id\": \"s-1-fix\", \"department\": "
                + "\"demo-jxw\", \"of\": \"s-1\", \"reason\": \"人数有误\", \"record\": {\"title\": \"学法\"}}";
        Path file = ledger(own, correction, review("r-1"), "{\"type\": \"legal.review\", \"id\": \"r-2\", "
                + "\"department\": null, \"kind\": \"CONTRACT\", \"subject\": \"合同\", \"reviewedOn\": \"2024-05-20\", "
                + "\"conclusion\": \"合法\"}");
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("GET")
                ? Reply.of(200, "{\"version\": 0}") : Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--department", "demo-swj", file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err()).startsWith("ledger: importing 4 lines of " + file + " as recorder for department "
                    + "demo-swj through ");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "POST /api/study/sessions?department=demo-jxw", "GET /api/study/sessions/s-1?department=demo-jxw",
                    "PUT /api/study/sessions/s-1?department=demo-jxw", "POST /api/litigation/reviews?department=demo-swj",
                    "POST /api/litigation/reviews?department=demo-swj");
            assertThat(gateway.requests().get(0).body()).doesNotContain("department").startsWith("{\"kind\": ");
            assertThat(gateway.requests().get(2).body()).doesNotContain("department");
            assertThat(gateway.typeQuestions()).extracting(Request::target).allMatch(target -> !target.contains("?"));
        }
    }

    @Test
    void withoutTheOptionALineWithoutADepartmentIsTheUsersOwn() throws IOException {
        Path file = ledger(session("s-1", "学法"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(gateway.requests()).extracting(Request::target).containsExactly("POST /api/study/sessions");
        }
    }

    @Test
    void aDepartmentNotTheUsersOrNoCodeIsARefusedLineAndTheRestGoesOn() throws IOException {
        Path file = ledger(session("s-1", "一").replace("{\"type\"", "{\"department\": \"demo-sfj\", \"type\""),
                session("s-2", "二").replace("{\"type\"", "{\"department\": \"区 司法局\", \"type\""),
                session("s-3", "三").replace("{\"type\"", "{\"department\": 7, \"type\""),
                session("s-4", "四"));
        String notYours = "You act for department default; department demo-sfj is not yours. Nothing was recorded.";
        try (FakeGateway gateway = new FakeGateway(request -> request.path().contains("department=demo-sfj")
                ? Reply.problem(403, notYours) : Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 3 refused, 0 not sent (4 lines in ");
            assertThat(run.err())
                    .contains("ledger: line 1 refused, nothing of it recorded: department demo-sfj is not yours "
                            + "(POST /api/study/sessions answered 403)\n  {\"type\": \"about:blank\", \"title\": "
                            + "\"Problem\", \"status\": 403, \"detail\": \"" + notYours + "\"}\n")
                    .contains("ledger: line 2 refused, nothing of it recorded: \"department\" must be a department's "
                            + "code, 1 to 40 letters, digits, '-' or '_', beginning with a letter or a digit, not "
                            + "\"区 司法局\"\n")
                    .contains("ledger: line 3 refused, nothing of it recorded: \"department\" must be a department's "
                            + "code, 1 to 40 letters, digits, '-' or '_', beginning with a letter or a digit, not 7\n");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "POST /api/study/sessions?department=demo-sfj", "POST /api/study/sessions");
        }
    }

    @Test
    void aCorrectionForADepartmentNotTheUsersIsRefusedWhenItsVersionIsAskedFor() throws IOException {
        Path file = ledger(CORRECTION.formatted("s-1-fix", "s-1"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.problem(403,
                "You act for department default; department demo-jw is not yours. Nothing was recorded."))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--department", "demo-jw", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("ledger: line 1 refused, nothing of it recorded: department demo-jw is not "
                    + "yours (GET /api/study/sessions/s-1 answered 403)\n");
            assertThat(gateway.requests()).extracting(Request::target)
                    .containsExactly("GET /api/study/sessions/s-1?department=demo-jw");
        }
    }

    @Test
    void aDepartmentOptionThatIsNoCodeIsAUsageError() throws IOException {
        Path file = ledger(session("s-1", "一"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--department", "demo/x", file.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("argument --department: 'demo/x' is not a department's code");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void refusalsShowTheProblemInChineseAsAnswered() throws IOException {
        Path file = ledger(session("s-1", "学习"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.problem(409, "记录 s-1 已是另一种记录"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.err()).contains("  {\"type\": \"about:blank\", \"title\": \"Problem\", \"status\": 409, "
                    + "\"detail\": \"记录 s-1 已是另一种记录\"}\n");
        }
    }

    @Test
    void waitsOutTheRateLimit() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        Path file = ledger(session("s-1", "学习"));
        try (FakeGateway gateway = new FakeGateway(request -> calls.getAndIncrement() == 0
                ? Reply.problem(429, "Too many requests").with("Retry-After", "1") : Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 0 refused, 0 not sent");
            assertThat(run.err()).doesNotContain("waiting");
            assertThat(gateway.requests()).hasSize(2);
        }
    }

    @Test
    void retriesAServiceThatIsBrieflyAway() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        Path file = ledger(session("s-1", "学习"));
        try (FakeGateway gateway = new FakeGateway(request -> calls.getAndIncrement() == 0
                ? Reply.problem(503, "study-service is not available") : Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(run.err()).contains("ledger: waiting for study: 503 study-service is not available "
                    + "(retry in 1 s; 0 of 30 s waited)\n");
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 0 refused, 0 not sent");
        }
    }

    @Test
    void givesUpOnAServiceThatStaysAwayAndSendsItsOtherLinesNot() throws IOException {
        Path file = ledger(session("s-1", "一"), review("r-1"), session("s-2", "二"));
        try (FakeGateway gateway = new FakeGateway(request -> request.path().startsWith("/api/study/")
                ? Reply.problem(503, "study-service is not available") : Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of("LEDGER_IMPORT_WAIT", "2"), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 0 refused, 2 not sent (3 lines in ");
            String why = "study answered 503 for 2 s: study-service is not available";
            assertThat(run.err())
                    .contains("ledger: waiting for study: 503 study-service is not available (retry in 1 s; 0 of 2 s waited)\n"
                            + "ledger: waiting for study: 503 study-service is not available (retry in 1 s; 1 of 2 s waited)\n"
                            + "ledger: line 1 not recorded: " + why + "; the file's other study lines are not sent\n")
                    .endsWith("ledger: not sent to study: " + why + ". Import the file again once it is back "
                            + "(bin/suite status): what was recorded is recognised and skipped\n");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly("POST /api/study/sessions",
                    "POST /api/study/sessions", "POST /api/study/sessions", "POST /api/litigation/reviews");
        }
    }

    @Test
    void aContextAwayWhenAskedWhichLinesItTakesHasItsLinesNotSent() throws IOException {
        Path file = ledger(session("s-1", "一"), review("r-1"), session("s-2", "二"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}")).types(request ->
                request.path().startsWith("/api/study/") ? Reply.problem(503, "study-service is not available")
                        : ContextTypes.answer(request))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of("LEDGER_IMPORT_WAIT", "1"), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 0 refused, 2 not sent (3 lines in ");
            String why = "study answered 503 for 1 s: study-service is not available";
            assertThat(run.err())
                    .contains("ledger: waiting for study: 503 study-service is not available (retry in 1 s; 0 of 1 s waited)\n"
                            + "ledger: asked which lines it takes, " + why + "; the file's study lines are not sent\n")
                    .endsWith("ledger: not sent to study: " + why + ". Import the file again once it is back "
                            + "(bin/suite status): what was recorded is recognised and skipped\n");
            assertThat(gateway.requests()).extracting(Request::target).containsExactly("POST /api/litigation/reviews");
        }
    }

    @Test
    void aRefusedQuestionWhichLinesAContextTakesEndsTheImportBeforeAnyLine() throws IOException {
        Path file = ledger(session("s-1", "一"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))
                .types(request -> Reply.problem(401, "Bad credentials"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).endsWith("ledger: asking study which lines it takes failed: "
                    + "GET /api/study/ledger/types answered 401: Bad credentials\n");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void aFileOfTypesIsNoLongerTaken() throws IOException {
        Path file = ledger(session("s-1", "一"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "--types", "types.tsv", "import", file.toString());

            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("--types");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void correctionIsMadeAgainstTheVersionReadFirst() throws IOException {
        Path file = ledger("{\"type\": \"study.session.correction\", \"id\": \"c-1\", \"of\": \"会议 1/2\", "
                        + "\"reason\": \"录入有误\", \"record\": {\"title\": \"更正后的标题\"}}",
                "{\"type\": \"study.session.withdrawal\", \"id\": \"w-1\", \"of\": \"s-9\", \"reason\": \"重复录入\", "
                        + "\"expectedVersion\": 5}",
                "{\"type\": \"legal.case.defence\", \"id\": \"d-1\", \"of\": \"case-1\", \"submittedOn\": \"2024-01-02\"}");
        try (FakeGateway gateway = new FakeGateway(request -> request.method().equals("GET")
                ? Reply.of(200, "{\"id\":\"会议 1/2\",\"version\":3,\"record\":{}}") : Reply.of(200, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isZero();
            assertThat(gateway.requests()).extracting(Request::target).containsExactly(
                    "GET /api/study/sessions/%E4%BC%9A%E8%AE%AE%201%2F2",
                    "PUT /api/study/sessions/%E4%BC%9A%E8%AE%AE%201%2F2",
                    "POST /api/study/sessions/s-9/withdrawal",
                    "POST /api/litigation/cases/case-1/defence");
            assertThat(gateway.requests().get(1).body())
                    .isEqualTo("{\"reason\": \"录入有误\", \"record\": {\"title\": \"更正后的标题\"}, \"expectedVersion\": 3}");
            assertThat(gateway.requests().get(2).body()).isEqualTo("{\"reason\": \"重复录入\", \"expectedVersion\": 5}");
            assertThat(gateway.requests().get(3).body()).isEqualTo("{\"submittedOn\": \"2024-01-02\"}");
        }
    }

    @Test
    void strictStopsAtTheFirstRefusedLine() throws IOException {
        Path file = ledger(session("s-1", "一"), "{\"type\": \"study.nonsense\", \"id\": \"n-1\"}", session("s-3", "三"));
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", "--strict", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 1 refused, 0 not sent (2 lines in ");
            assertThat(run.err()).contains("ledger: line 2 refused, nothing of it recorded: unknown type 'study.nonsense' "
                            + "(known: disclosure.application, ")
                    .contains("ledger: stopped at line 2 (--strict); lines after it were not sent\n");
            assertThat(gateway.requests()).hasSize(1);
        }
    }

    @Test
    void saysWhenTheFileIsMissing() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", work.resolve("nowhere.jsonl").toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("ledger: no such file: " + work.resolve("nowhere.jsonl") + "\n");
            assertThat(gateway.requests()).isEmpty();
        }
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> Reply.of(201, "{}"))) {
            LedgerRun run = LedgerRun.withEnvironment(Map.of("LEDGER_PASSWORD", "secret"), session("s-1", "一") + "\n",
                    "--gateway", gateway.url(), "import", "-");

            assertThat(run.status()).isZero();
            assertThat(run.err()).startsWith("ledger: importing 1 lines of - as recorder through ");
            assertThat(gateway.reports()).allSatisfy(report -> assertThat(report.body()).contains("\"label\": \"stdin\""));
        }
    }

    private static String session(String id, String title) {
        return String.format(SESSION, id, title);
    }

    private static String review(String id) {
        return String.format(REVIEW, id);
    }

    private Path ledger(String... lines) throws IOException {
        return Files.writeString(work.resolve("ledger.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
