package ruleoflaw.ledger.gateway.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import ruleoflaw.ledger.gateway.TestUsers;

/**
 * The workbook endpoints of the real gateway, in front of four stub services that answer their ledger types (the
 * table of docs/ledger-format.md, to a signed assertion only), their OpenAPI documents (the workbook module's
 * fixtures) and their ledger lines (the examples of docs/ledger-format.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbookTest {

    private static final TestUsers USERS = TestUsers.inNewDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTEXTS = List.of("study", "litigation", "outreach", "disclosure");
    private static final Map<String, HttpServer> SERVICES = new ConcurrentHashMap<>();
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String context : CONTEXTS) {
            HttpServer server = SERVICES.computeIfAbsent(context, WorkbookTest::service);
            registry.add("LEDGER_" + context.toUpperCase() + "_URI", () -> "http://127.0.0.1:" + server.getAddress().getPort());
        }
        registry.add("LEDGER_REPORTING_URI", () -> "http://127.0.0.1:9");
        registry.add("ledger.gateway.users-file", () -> USERS.directory().resolve("users.json").toString());
    }

    private WebTestClient web;

    @Autowired
    void web(WebTestClient web) {
        // making a workbook takes a few seconds on a busy machine (a CI run beside the tests)
        this.web = web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    @Test
    void theTemplateIsAWorkbookWithAChineseName() throws IOException {
        byte[] xlsx = web.get().uri("/api/workbook/template").headers(this::reader).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .contains("filename=\"ledger-template.xlsx\"")
                        .contains("filename*=UTF-8''%E6%B3%95%E6%B2%BB%E5%B7%A5%E4%BD%9C%E5%8F%B0%E8%B4%A6"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            assertThat(workbook.getSheet("学法活动").getRow(0).getCell(2).getStringCellValue()).isEqualTo("学习形式*");
            assertThat(workbook.getSheet("案件答辩")).isNotNull();
            assertThat(workbook.getSheet("政务服务事项")).isNotNull();
        }
        assertThat(SEEN).anyMatch(seen -> seen.startsWith("GET /api/study/ledger/types Bearer "));
        web.get().uri("/api/workbook/template").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aCheckAnswersTheLinesAndTheProblemsByRowAndColumn() throws IOException {
        byte[] filled = filled(List.of(
                List.of("kjj-2024-session-01", "", "集中学习", "学习《中华人民共和国宪法》", "2024-03-16", "办公室", "18"),
                List.of("kjj-2024-session-02", "", "集体学习", "学习民法典", "2024-02-30")));
        String answer = web.post().uri("/api/workbook/check").headers(this::reader)
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .bodyValue(filled).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        JsonNode body = JSON.readTree(answer);
        assertThat(body.path("lines").toString()).isEqualTo("[{\"type\":\"study.session\",\"id\":\"kjj-2024-session-01\","
                + "\"kind\":\"COLLECTIVE_STUDY\",\"title\":\"学习《中华人民共和国宪法》\",\"heldOn\":\"2024-03-16\","
                + "\"organiser\":\"办公室\",\"attendees\":18}]");
        assertThat(body.path("problems")).hasSize(2);
        assertThat(body.path("problems").get(0).toString()).startsWith("{\"sheet\":\"学法活动\",\"row\":4,\"column\":\"C\","
                + "\"field\":\"kind\",\"message\":\"学习形式：“集体学习”不是可选的值");
        assertThat(body.path("problems").get(1).toString()).isEqualTo("{\"sheet\":\"学法活动\",\"row\":4,\"column\":\"E\","
                + "\"field\":\"heldOn\",\"message\":\"举办日期：“2024-02-30”不是有效的日期\"}");

        // the same as a form's file, and marked
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(filled) {
            @Override
            public String getFilename() {
                return "台账.xlsx";
            }
        });
        byte[] marked = web.post().uri("/api/workbook/marked").headers(this::reader)
                .body(BodyInserters.fromMultipartData(form.build())).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            Row row = workbook.getSheet("学法活动").getRow(3);
            assertThat(row.getCell(2).getCellComment().getString().getString()).contains("“集体学习”不是可选的值");
        }
    }

    @Test
    void whatIsNoWorkbookIsA400Problem() throws IOException {
        String answer = web.post().uri("/api/workbook/check").headers(this::reader)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue("不是工作簿".getBytes(StandardCharsets.UTF_8))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(answer).path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(JSON.readTree(answer).path("detail").asText()).contains(".xlsx");
        web.post().uri("/api/workbook/from-lines").headers(this::reader).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"type\": \"study.session\", \"id\": \"s-1\"}, {\"id\": 2}]").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[1]");
    }

    @Test
    void aWorkbookLargerThanARecordIsTakenUpToTenMebibytes() {
        byte[] big = new byte[2 * 1024 * 1024];
        web.post().uri("/api/workbook/check").headers(this::reader).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(big).exchange().expectStatus().isBadRequest();
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        web.post().uri("/api/workbook/check").headers(this::reader).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(tooBig).exchange().expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aYearIsExportedAsAWorkbookOfTheServicesLines() throws IOException {
        byte[] xlsx = web.get().uri("/api/workbook/export?year=2017").headers(this::reader).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sessions = workbook.getSheet("学法活动");
            assertThat(sessions.getRow(2).getCell(0).getStringCellValue()).isEqualTo("example-2017-session-1");
            assertThat(workbook.getSheet("案件答辩").getRow(2).getCell(1).getStringCellValue()).isEqualTo("example-2017-case-1");
        }
        assertThat(SEEN).anyMatch(seen -> seen.startsWith("GET /api/litigation/ledger?year=2017&to=2017&history=false Bearer "));
        web.get().uri("/api/workbook/export").headers(this::reader).exchange().expectStatus().isBadRequest();
    }

    private void reader(HttpHeaders headers) {
        headers.setBasicAuth("auditor", USERS.password("auditor"));
    }

    private byte[] filled(List<List<String>> rows) throws IOException {
        byte[] template = web.get().uri("/api/workbook/template").headers(this::reader).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("学法活动");
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

    private static String ledgerFormat() {
        try {
            return Files.readString(Path.of("..", "docs", "ledger-format.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer service(String context) {
        try {
            String format = ledgerFormat();
            Map<String, String> types = new java.util.LinkedHashMap<>();
            Matcher rows = Pattern.compile("^\\| `([A-Za-z.]+)` \\| `/api/" + context + "(/[^`]+)`", Pattern.MULTILINE)
                    .matcher(format);
            while (rows.find()) {
                types.put(rows.group(1), "/api/" + context + rows.group(2));
            }
            List<String> lines = new ArrayList<>();
            Matcher examples = Pattern.compile("^\\{\"type\": \"([A-Za-z.]+)\".*$", Pattern.MULTILINE).matcher(
                    format.substring(format.indexOf("## Types, and one example of each")));
            while (examples.find()) {
                if (types.containsKey(examples.group(1))) {
                    lines.add(examples.group());
                }
            }
            byte[] typesBody = JSON.writeValueAsBytes(Map.of("types", types));
            byte[] apiDocs = Files.readAllBytes(Path.of("..", "workbook", "src", "test", "resources", "api-docs", context + ".json"));
            byte[] ledger = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                SEEN.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + authorization);
                boolean signed = authorization != null && authorization.startsWith("Bearer ");
                byte[] body;
                int status = 200;
                if (path.equals("/v3/api-docs")) {
                    body = apiDocs;
                } else if (path.equals("/api/" + context + "/ledger/types")) {
                    status = signed ? 200 : 401;
                    body = signed ? typesBody : new byte[0];
                } else if (path.equals("/api/" + context + "/ledger")) {
                    status = signed ? 200 : 401;
                    body = signed ? ledger : new byte[0];
                } else {
                    status = 404;
                    body = new byte[0];
                }
                exchange.getResponseHeaders().set("Content-Type",
                        path.endsWith("/ledger") ? "application/x-ndjson" : "application/json");
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
