package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.MeetingKind;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The year's report as a file through the service: decision meetings appended to the event store are worded in the
 * report, in each format, and link to their evidence. Each test uses its own year: the stores are shared.
 */
@LedgerServiceTest
class ReportDocumentApiTest {

    private static final Pattern PARTY_GROUP_LINK = Pattern.compile(
            "召开局党组会<a class=\"figure\" data-figure=\"governance.meetings.partyGroup\" href=\"([^\"]+)\">3</a>次");

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theReportIsOfferedAsMarkdownHtmlAndWordWithTheYearsFigures() throws Exception {
        meetings(2088, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.TOPIC);
        awaitMeetings(2088, 3, 1);

        ResponseEntity<byte[]> md = get("/api/reports/2088/document?format=md");
        assertThat(md.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(md.getHeaders().getContentType()).hasToString("text/markdown;charset=UTF-8");
        assertThat(text(md)).contains("# 关于2088年法治政府建设情况的报告",
                "全年共召开局党组会[3](</api/reports/2088/figures/governance.meetings.partyGroup/evidence?asOf=",
                "、专题讨论会[1](</api/reports/2088/figures/governance.meetings.topic/evidence?asOf=");
        assertThat(fileName(md)).isEqualTo("2088年法治政府建设年度报告.md");
        assertThat(md.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; "
                + "filename=\"2088-rule-of-law-report.md\"; filename*=UTF-8''2088%E5%B9%B4%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C"
                + "%E5%BB%BA%E8%AE%BE%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.md");

        ResponseEntity<byte[]> html = get("/api/reports/2088/document");
        assertThat(html.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(fileName(html)).isEqualTo("2088年法治政府建设年度报告.html");
        assertThat(text(html)).contains("<h2>三、2088年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况</h2>");

        ResponseEntity<byte[]> docx = get("/api/reports/2088/document?format=docx&template=bureau");
        assertThat(docx.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(fileName(docx)).isEqualTo("2088年法治政府建设年度报告.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("关于2088年法治政府建设情况的报告",
                    "二、2088年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                    "全年共召开局党组会3次、专题讨论会1次");
        }
    }

    @Test
    void aFigureOfThePageLeadsToTheRecordsItWasCountedFromAsOfTheSameMoment() throws Exception {
        meetings(2089, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP);
        awaitMeetings(2089, 3, 0);

        ResponseEntity<byte[]> page = get("/api/reports/2089/document?format=html&asOf=2089-12-05");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as("no script runs in a report")
                .startsWith("default-src 'none'").doesNotContain("script-src");
        String html = text(page);
        Matcher link = PARTY_GROUP_LINK.matcher(html);
        assertThat(link.find()).as("the party group meetings link to their evidence in %s", html).isTrue();
        assertThat(link.group(1)).isEqualTo(
                "/api/reports/2089/figures/governance.meetings.partyGroup/evidence?asOf=2089-12-05T15:59:59.999Z");

        JsonNode evidence = new ObjectMapper().readTree(get(link.group(1)).getBody());
        assertThat(evidence.get("value").asInt()).isEqualTo(3);
        assertThat(evidence.get("records")).hasSize(3);
        assertThat(text(get("/api/reports/2089/document?format=md&asOf=2000-01-01"))).doesNotContain("召开局党组会")
                .contains("（待填写）");
    }

    @Test
    void anUnknownFormatTemplateOrMomentIsAProblemNamingTheField() throws Exception {
        assertThat(problemField("/api/reports/2087/document?format=pdf")).isEqualTo("format");
        assertThat(problemField("/api/reports/2087/document?template=annual")).isEqualTo("template");
        assertThat(problemField("/api/reports/2087/document?asOf=yesterday")).isEqualTo("asOf");
        assertThat(problemField("/api/reports/1999/document")).isEqualTo("year");
    }

    private String problemField(String path) throws Exception {
        ResponseEntity<byte[]> response = get(path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = new ObjectMapper().readTree(response.getBody()).get("errors");
        assertThat(errors).hasSize(1);
        return errors.get(0).get("field").asText();
    }

    private void meetings(int year, MeetingKind... kinds) {
        for (MeetingKind kind : kinds) {
            String id = UUID.randomUUID().toString();
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                    "DecisionMeeting", id, 0, new DecisionMeetingRecorded(id, new DecisionMeetingDetails(kind,
                            LocalDate.of(year, 3, 12), kind.chineseName(), List.of(), 2)),
                    MetaData.with("recordedBy", "办公室").and("correlationId", "corr-" + id))));
        }
    }

    private void awaitMeetings(int year, int partyGroup, int topic) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<Object, Object> figures = (Map<Object, Object>) http.exchange("/api/reports/" + year + "/figures", HttpMethod.GET,
                    new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class).getBody().get("figures");
            assertThat(figures).containsEntry("governance.meetings.partyGroup", partyGroup)
                    .containsEntry("governance.meetings.topic", topic);
        });
    }

    private ResponseEntity<byte[]> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), byte[].class);
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private static String fileName(ResponseEntity<byte[]> response) {
        return ContentDisposition.parse(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
    }
}
