package ruleoflaw.ledger.cli.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.cli.testing.ContextTypes;
import ruleoflaw.ledger.cli.testing.FakeGateway;
import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;
import ruleoflaw.ledger.cli.testing.LedgerRun;
import ruleoflaw.ledger.workbook.Labels;
import ruleoflaw.ledger.workbook.WorkbookLayout;

/**
 * {@code bin/suite import FILE.xlsx} and {@code bin/suite export YEAR FILE.xlsx}: the workbook laid out from the
 * contexts' types and OpenAPI documents (the workbook module's fixtures), asked through the gateway.
 */
class WorkbookCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aWorkbooksGoodRowsAreImportedAndItsBadRowsReportedBySheetRowAndColumn() throws IOException {
        Path file = work.resolve("台账.xlsx");
        Files.write(file, filled("学法活动", List.of(
                List.of("kjj-2024-session-01", "", "集中学习", "学习《中华人民共和国宪法》", "2024-03-16", "办公室", "18", "2",
                        "", "中华人民共和国宪法、中华人民共和国民法典"),
                List.of("kjj-2024-session-02", "", "集体学习", "学习民法典", "2024-03-30"))));
        try (FakeGateway gateway = new FakeGateway(WorkbookCommandsTest::services)) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "import", file.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("ledger: 1 recorded, 0 already present, 1 refused, 0 not sent (2 lines in ");
            assertThat(run.err()).contains("ledger: 学法活动 第 4 行 refused, nothing of it recorded: C 列 学习形式：“集体学习”"
                    + "不是可选的值");
            List<Request> posts = gateway.requests().stream().filter(request -> request.method().equals("POST")).toList();
            assertThat(posts).extracting(Request::target).containsExactly("POST /api/study/sessions");
            assertThat(posts.get(0).header("Idempotency-Key")).isEqualTo("kjj-2024-session-01");
            assertThat(posts.get(0).header("Record-Id")).isEqualTo("kjj-2024-session-01");
            assertThat(JSON.readTree(posts.get(0).body())).isEqualTo(JSON.readTree("{\"kind\": \"COLLECTIVE_STUDY\", "
                    + "\"title\": \"学习《中华人民共和国宪法》\", \"heldOn\": \"2024-03-16\", \"organiser\": \"办公室\", "
                    + "\"attendees\": 18, \"hours\": 2.0, \"laws\": [\"中华人民共和国宪法\", \"中华人民共和国民法典\"]}"));
            assertThat(gateway.requests()).extracting(Request::target).contains("GET /v3/api-docs/study",
                    "GET /v3/api-docs/disclosure");
        }
    }

    @Test
    void aYearIsExportedAsAWorkbook() throws IOException {
        Path file = work.resolve("2024.xlsx");
        String study = "{\"type\":\"study.session\",\"id\":\"s-1\",\"department\":\"kjj\",\"kind\":\"COLLECTIVE_STUDY\","
                + "\"title\":\"学习宪法\",\"heldOn\":\"2024-03-16\"}\n";
        try (FakeGateway gateway = new FakeGateway(request -> request.path().startsWith("/api/study/ledger?")
                ? Reply.of(200, study).with("Content-Type", "application/x-ndjson")
                : request.path().matches("/api/[a-z]+/ledger\\?.*") ? Reply.of(200, "").with("Content-Type", "application/x-ndjson")
                : services(request))) {
            LedgerRun run = LedgerRun.of(gateway, Map.of(), "export", "2024", file.toString());

            assertThat(run.status()).isZero();
            assertThat(run.err()).endsWith("ledger: exported 1 lines of 2024 to " + file + " (a 台账 workbook)\n");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Row row = workbook.getSheet("学法活动").getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("s-1");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("kjj");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("学习宪法");
        }
    }

    /** The services behind the fake gateway: OpenAPI documents and record POSTs. */
    private static Reply services(Request request) {
        if (request.path().startsWith("/v3/api-docs/")) {
            return Reply.of(200, apiDoc(request.path().substring("/v3/api-docs/".length())));
        }
        if (request.method().equals("POST")) {
            return Reply.of(201, "{\"id\": \"" + request.header("Record-Id") + "\"}");
        }
        return Reply.problem(404, "No static resource " + request.path());
    }

    private static String apiDoc(String context) {
        try {
            return Files.readString(Path.of("..", "workbook", "src", "test", "resources", "api-docs", context + ".json"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template (laid out as the CLI lays it out) with {@code rows} typed into {@code sheet} from row 3. */
    private static byte[] filled(String sheetName, List<List<String>> rows) throws IOException {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        ContextTypes.TYPES.values().forEach(types::putAll);
        List<JsonNode> docs = new ArrayList<>();
        for (String context : List.of("study", "litigation", "outreach", "disclosure")) {
            docs.add(JSON.readTree(apiDoc(context)));
        }
        byte[] template = WorkbookLayout.of(types, docs, Labels.standard()).template();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
