package ruleoflaw.ledger.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationCorrected;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * GET /api/reports/{year}/published/{revision}/document through the service, read by an anonymous reader as the
 * gateway forwards one (no assertion): the revision as it was published stays as it was when a record is corrected
 * later, while the live document follows the correction. Own years (2005, 2006 and 2084; a report is published only after its year and not in the future): the stores
 * are shared.
 */
@LedgerServiceTest
class PublishedDocumentApiTest {

    private static final String DISCLOSURE_INTRODUCTION = "我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动回应社会关切。";
    private static final String MEASURES = "一是深入学习贯彻习近平法治思想，局党组理论学习中心组开展集中学习。";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    static final String REQUIRED_LINE = "持续深化法治建设。";

    @Test
    void aPublishedDisclosureReportKeepsItsTablesWhenAnApplicationIsCorrectedLater() throws Exception {
        int year = 2005;
        DisclosureApplicationFile file = DisclosureApplicationFile.received(new DisclosureApplicationDetails(
                LocalDate.of(year, 4, 1), ApplicantType.NATURAL_PERSON, "申请公开科技创新券发放名单"), new DueDay(LocalDate.of(year, 4, 29), false));
        String application = UUID.randomUUID().toString();
        publish("DisclosureApplication", application, 0, new DisclosureApplicationRecorded(application, file));
        DisclosureApplicationFile answered = file.withAnswer(LocalDate.of(year, 4, 20), ApplicationOutcome.DISCLOSED, null);
        publish("DisclosureApplication", application, 1, new DisclosureApplicationAnswered(application,
                LocalDate.of(year, 4, 20), ApplicationOutcome.DISCLOSED, null, answered));
        String live = "/api/reports/" + year + "/disclosure-report/document?format=md";
        String byNaturalPerson = "| 三、本年度办理结果 | （一）予以公开 |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |";
        String byResearchInstitute = "| 三、本年度办理结果 | （一）予以公开 |  | 0 | 0 | 1 | 0 | 0 | 0 | 1 |";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text(get(live, auditor()))).contains(byNaturalPerson));

        publishReport(year, "disclosure", DISCLOSURE_INTRODUCTION, "introduction", (year + 1) + "-01-20");
        String path = "/api/reports/" + year + "/published/1/document?kind=disclosure&format=md";
        ResponseEntity<byte[]> anonymous = get(path, new HttpHeaders());
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        String published = text(anonymous);
        assertThat(published).startsWith("# " + year + "年政府信息公开工作年度报告\n\n（" + (year + 1) + "年1月20日公布）")
                .contains(DISCLOSURE_INTRODUCTION).contains(byNaturalPerson).contains("全年新收政府信息公开申请1件")
                .contains("## 六、其他需要报告的事项\n\n无。").doesNotContain("本稿数据").doesNotContain("/evidence")
                .doesNotContain("待填写").endsWith("无。\n\n" + (year + 1) + "年1月20日\n\n");

        publish("DisclosureApplication", application, 2, new DisclosureApplicationCorrected(application,
                "申请人实为科研机构", answered.corrected(new DisclosureApplicationDetails(LocalDate.of(year, 4, 1),
                        ApplicantType.RESEARCH_INSTITUTE, "申请公开科技创新券发放名单"), new DueDay(LocalDate.of(year, 4, 29), false), false)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text(get(live, auditor())))
                .contains(byResearchInstitute).doesNotContain(byNaturalPerson));

        assertThat(text(get(path, new HttpHeaders()))).isEqualTo(published);
        ResponseEntity<byte[]> docx = get(path.replace("format=md", "format=docx"), new HttpHeaders());
        assertThat(docx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains((year + 1) + "年1月20日公布").doesNotContain("待填写");
            List<XWPFParagraph> paragraphs = document.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(paragraphs.get(paragraphs.size() - 1).getText()).as("the 落款's date")
                    .isEqualTo((year + 1) + "年1月20日");
            assertThat(paragraphs.get(paragraphs.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(document.getTables().get(1).getRow(3 + 2).getTableCells())
                    .extracting(cell -> cell.getText()).containsExactly("三、本年度办理结果", "（一）予以公开", "1", "0",
                            "0", "0", "0", "0", "1");
        }
    }

    @Test
    void aPublishedRuleOfLawReportIsTheFrozenTextAndARevisionSaysWhenAndWhyItWasRevised() {
        int year = 2006;
        String session = UUID.randomUUID().toString();
        publish("StudySession", session, 0, new StudySessionRecorded(session,
                session(year, StudySessionKind.COLLECTIVE_STUDY, session)));
        String live = "/api/reports/" + year + "/document?format=md&template=bureau";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text(get(live, auditor())))
                .contains("其中集中学习[1]("));

        publishReport(year, "rule-of-law", MEASURES, "measures", (year + 1) + "-03-28");
        String first = "/api/reports/" + year + "/published/1/document?format=md&template=bureau";
        String published = text(get(first, new HttpHeaders()));
        assertThat(published).startsWith("# 关于" + year + "年法治政府建设情况的报告\n\n（" + (year + 1) + "年3月28日公布）")
                .contains(MEASURES).contains("其中集中学习1次").doesNotContain("本稿数据").doesNotContain("/evidence");
        assertThat(text(get(first.replace("template=bureau", "template=statutory"), new HttpHeaders())))
                .contains("二、" + year + "年推进法治政府建设存在的不足和原因");

        publish("StudySession", session, 1, new StudySessionCorrected(session, "实为中心组学习",
                session(year, StudySessionKind.CENTRAL_GROUP_STUDY, session)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(text(get(live, auditor())))
                .contains("其中理论学习中心组学习[1](").doesNotContain("集中学习[1]("));
        assertThat(text(get(first, new HttpHeaders()))).isEqualTo(published);

        Map<String, Object> report = http.exchange("/api/reports/" + year + "/report/revision", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "学习记录更正后修订"), editor()), Map.class).getBody();
        http.exchange("/api/reports/" + year + "/report/narrative/measures", HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", MEASURES + "（更正）", "expectedVersion", report.get("version")), editor()),
                Map.class);
        step(year, "rule-of-law", "submission", editor(), Map.of());
        step(year, "rule-of-law", "approval", approver(), Map.of());
        step(year, "rule-of-law", "publication", approver(), Map.of("publishedOn", (year + 1) + "-04-10"));

        ResponseEntity<byte[]> second = get("/api/reports/" + year + "/published/2/document?format=html", new HttpHeaders());
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(second)).contains("（" + (year + 1) + "年3月28日公布，" + (year + 1)
                + "年4月10日第1次修订，本稿为第2版；修订原因：学习记录更正后修订）").contains("理论学习中心组学习")
                .contains(MEASURES + "（更正）");
        assertThat(second.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("inline")
                .contains("%EF%BC%88%E7%AC%AC2%E7%89%88%EF%BC%89.html"); // （第2版）.html
        assertThat(text(get(first, new HttpHeaders()))).isEqualTo(published);
    }

    @Test
    void anUnpublishedRevisionIsNotFoundAndWrongChoicesAreBadRequests() {
        int year = 2084;
        assertThat(get("/api/reports/" + year + "/published/1/document", new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/reports/" + year + "/published/1/document?kind=disclosure", new HttpHeaders())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String query : List.of("format=pdf", "template=county", "kind=annual")) {
            ResponseEntity<byte[]> response = get("/api/reports/" + year + "/published/1/document?" + query,
                    new HttpHeaders());
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(text(response)).as(query).contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
        // anonymous readers get published reports only
        assertThat(get("/api/reports/" + year + "/document", new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/api/reports/" + year + "/report", new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Publishes the report with {@code text} in {@code section} and a line in each section it needs besides. */
    private void publishReport(int year, String kind, String text, String section, String publishedOn) {
        step(year, kind, "narrative/" + section, editor(), Map.of("text", text));
        for (String required : List.of("principal_duties", "shortcomings", "next_year")) {
            if (!required.equals(section)) {
                step(year, kind, "narrative/" + required, editor(), Map.of("text", REQUIRED_LINE));
            }
        }
        step(year, kind, "submission", editor(), Map.of());
        step(year, kind, "approval", approver(), Map.of());
        step(year, kind, "publication", approver(), Map.of("publishedOn", publishedOn));
    }

    private void step(int year, String kind, String step, HttpHeaders who, Map<String, ?> body) {
        ResponseEntity<Map> response = http.exchange("/api/reports/" + year + "/report/" + step + "?kind=" + kind,
                step.startsWith("narrative") ? HttpMethod.PUT : HttpMethod.POST, new HttpEntity<>(body, who), Map.class);
        assertThat(response.getStatusCode()).as("%s %s", step, response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static StudySessionDetails session(int year, StudySessionKind kind, String id) {
        return new StudySessionDetails(kind, kind.chineseName() + " " + id, LocalDate.of(year, 5, 20), null, 10, null,
                List.of(), List.of("中华人民共和国宪法"));
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id))));
    }

    private ResponseEntity<byte[]> get(String path, HttpHeaders who) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(who), byte[].class);
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private static HttpHeaders auditor() {
        return TestGateway.as("审计员", "auditor");
    }

    private static HttpHeaders editor() {
        return TestGateway.as("办公室主任", "editor");
    }

    private static HttpHeaders approver() {
        return TestGateway.as("局长", "approver");
    }
}
