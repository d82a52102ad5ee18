package ruleoflaw.ledger.reporting.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The district office's table of a year through the service: every department's figures side by side and summed,
 * the reports' state, the same as a workbook and a document; a department's own user is refused it; a department's
 * report is titled with the name it bore in the report's year.
 */
@LedgerServiceTest
class DistrictApiTest {

    private static final int YEAR = 2083;

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String science = "kjj-" + tag;
    private final String justice = "sfj-" + tag;

    @Test
    @SuppressWarnings("unchecked")
    void theSupervisorSeesEveryDepartmentSideBySideAndTheDistrictsTotals() throws IOException {
        department(science, "九龙坡区科学技术局");
        department(justice, "九龙坡区司法局");
        sessions(science, 3);
        sessions(justice, 2);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Map<String, Object>> rows = rows(table());
            assertThat(figure(rows.get(science), "study.sessions.total")).isEqualTo(3);
            assertThat(figure(rows.get(justice), "study.sessions.total")).isEqualTo(2);
        });
        Map<String, Object> table = table();
        Map<String, Map<String, Object>> rows = rows(table);
        assertThat(rows.get(science)).containsEntry("name", "九龙坡区科学技术局").containsEntry("status", "OPEN");
        assertThat((Map<String, Object>) rows.get(science).get("ruleOfLaw")).containsEntry("status", "NOT_STARTED")
                .containsEntry("deadline", (YEAR + 1) + "-04-01").containsEntry("reportDue", (YEAR + 1) + "-03-01");
        assertThat((Map<String, Object>) rows.get(justice).get("disclosure"))
                .containsEntry("deadline", (YEAR + 1) + "-01-31");
        long sum = rows.values().stream().mapToLong(row -> figure(row, "study.sessions.total")).sum();
        assertThat(((Map<String, Number>) table.get("totals")).get("study.sessions.total").longValue()).isEqualTo(sum)
                .isGreaterThanOrEqualTo(5);

        ResponseEntity<byte[]> workbook = http.exchange(path("/spreadsheet"), HttpMethod.GET,
                new HttpEntity<>(supervisor()), byte[].class);
        assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
            Sheet sheet = read.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(YEAR + "年度各部门法治政府建设情况汇总表");
            Row ours = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && science.equals(row.getCell(0).getStringCellValue())) {
                    ours = row;
                }
            }
            assertThat(ours).isNotNull();
            assertThat(ours.getCell(1).getStringCellValue()).isEqualTo("九龙坡区科学技术局");
            assertThat(ours.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("全区合计");
        }
        String document = new String(http.exchange(path("/document?format=md"), HttpMethod.GET,
                new HttpEntity<>(supervisor()), byte[].class).getBody(), StandardCharsets.UTF_8);
        assertThat(document).contains(YEAR + "年度各部门法治政府建设情况汇总表", "九龙坡区科学技术局", "全区合计");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachDepartmentsEditorWritesItsOwnReport() {
        department(science, "九龙坡区科学技术局");
        department(justice, "九龙坡区司法局");
        ResponseEntity<Map> written = http.exchange("/api/reports/" + YEAR + "/report/narrative/PRINCIPAL_DUTIES",
                HttpMethod.PUT, new HttpEntity<>(Map.of("text", "科技局主要负责人履行推进法治建设第一责任人职责。"),
                        TestGateway.inDepartment(science, false, "科技局编辑", "editor")), Map.class);
        assertThat(written.getStatusCode()).as(String.valueOf(written.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(written.getBody()).containsEntry("reportId", "rule-of-law-" + YEAR + "-" + science);

        Map<String, Object> theirs = http.exchange("/api/reports/" + YEAR + "/report", HttpMethod.GET, new HttpEntity<>(
                TestGateway.inDepartment(justice, false, "司法局编辑", "editor")), Map.class).getBody();
        assertThat(theirs).containsEntry("status", "NOT_STARTED").containsEntry("reportId", "rule-of-law-" + YEAR + "-" + justice);
        Map<String, Map<String, Object>> rows = rows(table());
        assertThat((Map<String, Object>) rows.get(science).get("ruleOfLaw")).containsEntry("status", "DRAFT");
        assertThat((Map<String, Object>) rows.get(justice).get("ruleOfLaw")).containsEntry("status", "NOT_STARTED");
    }

    @Test
    void aDepartmentsOwnUserIsRefusedTheDistrictsTable() {
        ResponseEntity<Map> refused = http.exchange(path(""), HttpMethod.GET, new HttpEntity<>(
                TestGateway.inDepartment(science, false, "科技局编辑", "editor")), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").toString()).contains("every department");
    }

    @Test
    void aDepartmentsReportIsTitledWithTheNameItBoreThatYear() {
        department(science, "九龙坡区科学技术委员会");
        ResponseEntity<Map> renamed = http.exchange("/api/reports/departments/" + science + "/renaming",
                HttpMethod.POST, new HttpEntity<>(Map.of("name", "九龙坡区科学技术局", "since", (YEAR + 1) + "-06-01",
                        "reason", "机构改革"), admin()), Map.class);
        assertThat(renamed.getStatusCode()).as(String.valueOf(renamed.getBody())).isEqualTo(HttpStatus.OK);

        HttpHeaders editor = TestGateway.inDepartment(science, false, "科技局编辑", "editor");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(document(YEAR + 1, editor))
                .contains("九龙坡区科学技术局关于" + (YEAR + 1) + "年法治政府建设情况的报告"));
        assertThat(document(YEAR, editor)).contains("九龙坡区科学技术委员会关于" + YEAR + "年法治政府建设情况的报告");
        assertThat(document(YEAR, TestGateway.as("办公室主任", "editor")))
                .as("the default department without a name: the title as before departments")
                .contains("# 关于" + YEAR + "年法治政府建设情况的报告");
    }

    private String document(int year, HttpHeaders as) {
        return new String(http.exchange("/api/reports/" + year + "/document?format=md", HttpMethod.GET,
                new HttpEntity<>(as), byte[].class).getBody(), StandardCharsets.UTF_8);
    }

    private void department(String code, String name) {
        ResponseEntity<Map> created = http.exchange("/api/reports/departments", HttpMethod.POST, new HttpEntity<>(
                Map.of("code", code, "name", name, "since", "2080-01-01"), admin()), Map.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    private void sessions(String department, int count) {
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("StudySession",
                    id, 0, new StudySessionRecorded(id, new StudySessionDetails(StudySessionKind.COLLECTIVE_STUDY,
                    "集中学法 " + id, LocalDate.of(YEAR, 3, 1), null, 12, null, List.of(), List.of())),
                    MetaData.with("recordedBy", "学法专员").and("department", department))));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table() {
        ResponseEntity<Map> answer = http.exchange(path(""), HttpMethod.GET, new HttpEntity<>(supervisor()), Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> rows(Map<String, Object> table) {
        return ((List<Map<String, Object>>) table.get("departments")).stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row.get("code"), row -> row));
    }

    @SuppressWarnings("unchecked")
    private static long figure(Map<String, Object> row, String key) {
        Object value = row == null ? null : ((Map<String, Object>) row.get("figures")).get(key);
        return value instanceof Number number ? number.longValue() : -1;
    }

    private static String path(String rest) {
        return "/api/reports/district/" + YEAR + rest;
    }

    private static HttpHeaders supervisor() {
        return TestGateway.inDepartment("default", true, "区依法治区办", "supervisor");
    }

    private static HttpHeaders admin() {
        return TestGateway.as("系统管理员", "admin");
    }
}
