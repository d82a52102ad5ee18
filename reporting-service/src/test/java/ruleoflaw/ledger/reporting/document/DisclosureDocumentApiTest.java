package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.ApplicationOutcome;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * GET /api/reports/{year}/disclosure-report/document through the service: the applications appended to the event
 * store in table 三 of each format, the disclosure report's introduction in part 一, the file offered under its
 * Chinese name. Its own year (2081): the stores are shared.
 */
@LedgerServiceTest
class DisclosureDocumentApiTest {

    private static final int YEAR = 2081;
    private static final String INTRODUCTION = YEAR + "年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，持续提升政务公开质量。";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theDocumentHasTheTablesOfTheRecordsAndTheDisclosureReportsNarrativeInEachFormat() throws Exception {
        application(ApplicantType.PUBLIC_INTEREST_ORGANISATION, LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 20),
                ApplicationOutcome.CANNOT_PROVIDE, ApplicationSubReason.NOT_HELD);
        application(ApplicantType.NATURAL_PERSON, LocalDate.of(YEAR, 5, 6), LocalDate.of(YEAR, 5, 28),
                ApplicationOutcome.DISCLOSED, null);
        ResponseEntity<Map> edited = http.exchange("/api/reports/" + YEAR + "/report/narrative/introduction?kind=disclosure",
                HttpMethod.PUT, new HttpEntity<>(Map.of("text", INTRODUCTION), TestGateway.as("办公室主任", "editor")),
                Map.class);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);

        // both applications projected: wait on the whole expectation
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(md(""))
                .contains("| 一、本年新收政府信息公开申请数量 |  |  | 1 | 0 | 0 | 1 | 0 | 0 | [2](")
                .contains("| 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |"));

        String md = md("");
        assertThat(md).startsWith("# " + YEAR + "年政府信息公开工作年度报告").contains(INTRODUCTION)
                .contains("全年新收政府信息公开申请[2](</api/reports/" + YEAR
                        + "/figures/disclosure.applications.received/evidence?asOf=")
                .contains("## 六、其他需要报告的事项").doesNotContain("本表勾稽关系不成立");

        ResponseEntity<byte[]> html = get("/api/reports/" + YEAR + "/disclosure-report/document");
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(new String(html.getBody(), StandardCharsets.UTF_8)).contains("<th colspan=\"5\">法人或其他组织</th>")
                .contains(INTRODUCTION);

        ResponseEntity<byte[]> docx = get("/api/reports/" + YEAR + "/disclosure-report/document?format=docx");
        assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("filename*=UTF-8''" + YEAR + "%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80"
                        + "%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            assertThat(document.getTables()).hasSize(3);
            assertThat(document.getTables().get(1).getText()).contains("1.本机关不掌握相关政府信息", "法人或其他组织");
        }

        assertThat(md("?asOf=2000-01-01")).contains("（本稿数据依据台账记录，截至2000年1月1日23时59分）")
                .contains("| 一、本年新收政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | [0](")
                .contains("全年未收到政府信息公开申请。");
    }

    @Test
    void aWrongFormatOrAsOfIsABadRequestNamingIt() {
        assertThat(problem(get("/api/reports/" + YEAR + "/disclosure-report/document?format=pdf"))).contains("\"field\":\"format\"");
        assertThat(problem(get("/api/reports/" + YEAR + "/disclosure-report/document?asOf=年底"))).contains("\"field\":\"asOf\"");
        assertThat(http.getForEntity("/api/reports/" + YEAR + "/disclosure-report/document", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String md(String query) {
        String path = "/api/reports/" + YEAR + "/disclosure-report/document" + (query.isEmpty() ? "?" : query + "&")
                + "format=md";
        ResponseEntity<byte[]> response = get(path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    /** The body of a 400 problem, which names the field in its errors. */
    private static String problem(ResponseEntity<byte[]> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private void application(ApplicantType applicant, LocalDate receivedOn, LocalDate answeredOn,
            ApplicationOutcome outcome, ApplicationSubReason reason) {
        String id = UUID.randomUUID().toString();
        DisclosureApplicationFile file = DisclosureApplicationFile.received(new DisclosureApplicationDetails(receivedOn,
                applicant, "申请公开科技项目资金分配情况 " + receivedOn), new DueDay(receivedOn.plusDays(28), false));
        publish(id, 0, new DisclosureApplicationRecorded(id, file));
        publish(id, 1, new DisclosureApplicationAnswered(id, answeredOn, outcome, reason,
                file.withAnswer(answeredOn, outcome, reason)));
    }

    private void publish(String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "DisclosureApplication", id, sequence, event,
                MetaData.with("recordedBy", "公开专员").and("correlationId", "corr-" + id))));
    }

    private ResponseEntity<byte[]> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), byte[].class);
    }
}
