package ruleoflaw.ledger.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;
import ruleoflaw.ledger.cli.testing.LedgerRun;

/** bin/suite demo-district against a gateway that answers as the suite does, the first time and again. */
class DemoDistrictCommandTest {

    private static final String USER_PATH = "/api/users/%E6%BC%94%E7%A4%BA%E5%BD%95%E5%85%A5%E5%91%98";

    @TempDir
    Path work;

    /** A reference ledger of a few lines (a request to the test's gateway takes some 40 ms): sessions and a case. */
    private Path reference() throws IOException {
        List<String> sample = Files.readAllLines(LedgerRun.ROOT.resolve("samples/kjj-2024.jsonl"), StandardCharsets.UTF_8);
        List<String> few = new ArrayList<>(sample.subList(0, 6));
        sample.stream().filter(line -> line.contains("kjj-2024-case-1")).forEach(few::add);
        return Files.write(work.resolve("reference.jsonl"), few, StandardCharsets.UTF_8);
    }

    @Test
    void namesTheReferenceRegistersTheDepartmentsAddsItsRecorderAndRecordsEachLedgerAsIt() throws IOException {
        Path reference = reference();
        int lines = DemoDistrictCommand.generate(DemoLedger.parse(Files.readString(reference))).split("\n").length;
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.target()) {
            case "GET /api/reports/departments/default" -> Reply.of(200, "{\"code\": \"default\", \"name\": \"本单位\"}");
            case "POST /api/reports/departments/default/renaming", "POST /api/reports/departments" ->
                    Reply.of(request.path().endsWith("renaming") ? 200 : 201, "{}");
            case "POST /api/users" -> Reply.of(201, "{\"name\": \"演示录入员\", \"password\": \"demo-secret\"}");
            default -> Reply.of(201, "{}");
        })) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "demo-district", "--from", reference.toString());

            assertThat(run.status()).as(run.err()).isZero();
            List<Request> requests = gateway.requests();
            assertThat(requests).extracting(Request::target).startsWith("GET /api/reports/departments/default",
                    "POST /api/reports/departments/default/renaming", "POST /api/reports/departments",
                    "POST /api/reports/departments", "POST /api/reports/departments", "POST /api/reports/departments",
                    "POST /api/reports/departments", "POST /api/users");
            assertThat(requests.get(1).body()).isEqualTo("{\"name\": \"重庆市九龙坡区科学技术局\", \"reason\": "
                    + "\"演示数据：参照部门\", \"since\": \"2024-01-01\"}");
            assertThat(requests.get(2).body()).isEqualTo("{\"code\": \"demo-jxw\", \"name\": "
                    + "\"九龙坡区经济和信息化委员会（演示生成）\", \"since\": \"2024-01-01\"}");
            assertThat(requests.get(7).body()).isEqualTo("{\"name\": \"演示录入员\", \"roles\": [\"recorder\"], "
                    + "\"contexts\": [], \"departments\": [\"demo-jxw\", \"demo-swj\", \"demo-sfj\", \"demo-jw\", "
                    + "\"demo-scjgj\"]}");
            assertThat(requests.subList(0, 8)).allSatisfy(request -> assertThat(request.header("Authorization"))
                    .isEqualTo(basic("admin:secret")));
            List<Request> records = requests.subList(8, requests.size());
            assertThat(records).hasSize(lines).allSatisfy(request -> {
                assertThat(request.path()).containsPattern("\\?department=demo-[a-z]+$");
                assertThat(request.header("Record-Id")).startsWith(request.path().replaceAll(".*department=", "") + "-");
                assertThat(request.header("Authorization")).isEqualTo(basic("演示录入员:demo-secret"));
            });
            assertThat(run.err()).contains("ledger: department default is named 重庆市九龙坡区科学技术局 since 2024-01-01\n",
                    "ledger: 5 demo departments registered, 0 registered already: demo-jxw, demo-swj, demo-sfj, "
                            + "demo-jw, demo-scjgj\n");
            assertThat(run.out()).startsWith("ledger: " + lines + " recorded, 0 already present, 0 refused, 0 not sent");
            assertThat(run.out() + run.err()).doesNotContain("demo-secret");
        }
    }

    @Test
    void runAgainItRecordsNothingNewAndGivesItsRecorderANewPassword() throws IOException {
        try (FakeGateway gateway = new FakeGateway(request -> switch (request.target()) {
            case "GET /api/reports/departments/default" ->
                    Reply.of(200, "{\"code\": \"default\", \"name\": \"重庆市九龙坡区科学技术局\"}");
            case "POST /api/reports/departments", "POST /api/users" -> Reply.problem(409, "exists already");
            case "PUT " + USER_PATH -> Reply.of(200, "{}");
            case "POST " + USER_PATH + "/password" -> Reply.of(200, "{\"password\": \"new-secret\"}");
            default -> Reply.of(200, "{}").with("Record-Already-Present", "true");
        })) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "demo-district", "--from", reference().toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(gateway.requests()).extracting(Request::target).doesNotContain(
                    "POST /api/reports/departments/default/renaming").contains("PUT " + USER_PATH);
            assertThat(gateway.requests().stream().filter(request -> request.target().equals("PUT " + USER_PATH))
                    .findFirst().orElseThrow().body()).doesNotContain("\"name\"").contains("\"departments\": [\"demo-jxw\"");
            assertThat(gateway.requests().get(gateway.requests().size() - 1).header("Authorization"))
                    .isEqualTo(basic("演示录入员:new-secret"));
            assertThat(run.err()).contains("ledger: 0 demo departments registered, 5 registered already: ");
            assertThat(run.out()).matches("ledger: 0 recorded, \\d+ already present, 0 refused, 0 not sent (?s).*");
        }
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
