package ruleoflaw.ledger.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
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
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded;
import ruleoflaw.ledger.contracts.litigation.CaseConcluded;
import ruleoflaw.ledger.contracts.litigation.CaseKind;
import ruleoflaw.ledger.contracts.litigation.CaseOutcome;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseFile;
import ruleoflaw.ledger.contracts.litigation.LegalCaseRecorded;
import ruleoflaw.ledger.contracts.litigation.OutcomeDetail;
import ruleoflaw.ledger.contracts.litigation.PlaintiffType;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Disclosure applications, a normative document and a disclosure case appended to the event store (as the services
 * do) give the tables of GET /api/reports/{year}/disclosure-report: every row and column of the template, the
 * invariant holding, the numbers those of the figures. Its own years (2092–2093): the stores are shared.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class DisclosureReportApiTest {

    private static final int YEAR = 2093;

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theYearsTablesHaveEveryRowAndColumnHoldTheInvariantAndAgreeWithTheFigures() {
        application(ApplicantType.COMMERCIAL_ENTERPRISE, LocalDate.of(YEAR - 1, 12, 22), LocalDate.of(YEAR, 1, 8),
                ApplicationOutcome.DISCLOSED, null);
        application(ApplicantType.NATURAL_PERSON, LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 20),
                ApplicationOutcome.NOT_DISCLOSED, ApplicationSubReason.PROCESS_INFORMATION);
        application(ApplicantType.RESEARCH_INSTITUTE, LocalDate.of(YEAR, 4, 6), LocalDate.of(YEAR, 4, 28),
                ApplicationOutcome.PARTLY_DISCLOSED, null);
        application(ApplicantType.LEGAL_SERVICES_ORGANISATION, LocalDate.of(YEAR, 5, 11), LocalDate.of(YEAR, 5, 25),
                ApplicationOutcome.NOT_HANDLED, ApplicationSubReason.PETITION_OR_COMPLAINT);
        String document = UUID.randomUUID().toString();
        publish("NormativeDocument", document, 0, new NormativeDocumentRecorded(document, new NormativeDocumentDetails(
                "九龙坡科技发〔" + YEAR + "〕5号", "关于科技创新券管理的规定", LocalDate.of(YEAR, 6, 1),
                LocalDate.of(YEAR, 7, 1), null, null)));
        disclosureCase(LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 9, 1), CaseOutcome.CORRECTED);
        application(ApplicantType.NATURAL_PERSON, LocalDate.of(YEAR, 12, 21), null, null, null);

        // events are projected one after another: wait on the whole expectation, the last one published included
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Map<String, Object>> three = rows(report(YEAR, ""), "三");
            assertThat(three.get("received")).containsEntry("total", 4).containsEntry("naturalPerson", 2);
            assertThat(three.get("carriedOver")).containsEntry("commercialEnterprise", 1).containsEntry("total", 1);
            assertThat(three.get("carriedForward")).containsEntry("naturalPerson", 1).containsEntry("total", 1);
            assertThat(rows(report(YEAR, ""), "二").get("normativeDocuments")).containsEntry("issued", 1);
            assertThat(rows(report(YEAR, ""), "四").get("litigationWithoutReconsideration")).containsEntry("corrected", 1);
        });

        Map<String, Object> report = report(YEAR, "");
        assertThat(report).containsEntry("year", YEAR).containsEntry("template", "国办公开办函〔2021〕30号");
        Map<String, Object> three = table(report, "三");
        assertThat((List<Map<String, Object>>) three.get("columns")).extracting(c -> c.get("label"))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat((List<Map<String, Object>>) three.get("rows")).hasSize(25).allSatisfy(row -> {
            assertThat((String) row.get("label")).isNotBlank();
            assertThat((Map<String, Object>) row.get("values")).hasSize(7);
        });
        Map<String, Map<String, Object>> threeRows = rows(report, "三");
        assertThat(threeRows.get("notDisclosed.processInformation")).containsEntry("naturalPerson", 1);
        assertThat(threeRows.get("partlyDisclosed")).containsEntry("researchInstitute", 1);
        assertThat(threeRows.get("notHandled.petitionOrComplaint")).containsEntry("legalServicesOrganisation", 1);
        assertThat(threeRows.get("disclosed")).containsEntry("commercialEnterprise", 1);
        assertThat(threeRows.get("resultsTotal")).containsEntry("total", 4);
        assertThat(threeRows.get("otherHandling.other")).containsEntry("total", 0);
        assertThat((List<Map<String, Object>>) table(report, "二").get("rows")).hasSize(6);
        assertThat((List<Map<String, Object>>) table(report, "四").get("rows")).hasSize(3)
                .allSatisfy(row -> assertThat((Map<String, Object>) row.get("values")).hasSize(5));
        assertThat((Map<String, Object>) report.get("checks")).containsEntry("invariantHolds", true)
                .containsEntry("violations", List.of());
        assertThat((List<Object>) report.get("notes")).isNotEmpty();

        Map<String, Object> figures = (Map<String, Object>) get("/api/reports/" + YEAR + "/figures").getBody().get("figures");
        assertThat(threeRows.get("received").get("total")).isEqualTo(figures.get("disclosure.applications.received"));
        assertThat(threeRows.get("carriedOver").get("total")).isEqualTo(figures.get("disclosure.applications.carriedOver"));
        assertThat(threeRows.get("resultsTotal").get("total")).isEqualTo(figures.get("disclosure.applications.answered"));
        assertThat(threeRows.get("carriedForward").get("total")).isEqualTo(figures.get("disclosure.applications.pending"));
        Map<String, Object> normative = rows(report, "二").get("normativeDocuments");
        assertThat(normative.get("issued")).isEqualTo(figures.get("normative.issued"));
        assertThat(normative.get("repealed")).isEqualTo(figures.get("normative.repealed"));
        assertThat(normative.get("inForce")).isEqualTo(figures.get("normative.inForce"));
        assertThat(rows(report, "四").get("litigationWithoutReconsideration").get("corrected"))
                .isEqualTo(figures.get("legal.litigation.corrected"));

        Map<String, Object> before = report(YEAR, "?asOf=2000-01-01");
        assertThat(before).containsEntry("asOf", "2000-01-01T15:59:59.999Z");
        assertThat(rows(before, "三").get("received")).containsEntry("total", 0);
        assertThat(rows(before, "三").get("carriedOver")).containsEntry("total", 0);
    }

    @Test
    void aWrongAsOfIsABadRequestNamingIt() {
        ResponseEntity<Map> response = get("/api/reports/" + YEAR + "/disclosure-report?asOf=去年年底");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("asOf");
    }

    private void application(ApplicantType applicant, LocalDate receivedOn, LocalDate answeredOn,
            ApplicationOutcome outcome, ApplicationSubReason reason) {
        String id = UUID.randomUUID().toString();
        DisclosureApplicationFile file = DisclosureApplicationFile.received(new DisclosureApplicationDetails(receivedOn,
                applicant, "申请公开科技项目资金分配情况 " + receivedOn), new DueDay(receivedOn.plusDays(28), false));
        publish("DisclosureApplication", id, 0, new DisclosureApplicationRecorded(id, file));
        if (answeredOn != null) {
            publish("DisclosureApplication", id, 1, new DisclosureApplicationAnswered(id, answeredOn, outcome, reason,
                    file.withAnswer(answeredOn, outcome, reason)));
        }
    }

    private void disclosureCase(LocalDate receivedOn, LocalDate concludedOn, CaseOutcome outcome) {
        String id = UUID.randomUUID().toString();
        LegalCaseFile file = LegalCaseFile.received(new LegalCaseDetails(CaseKind.LITIGATION_FIRST_INSTANCE,
                "(" + YEAR + ")渝0107行初" + id.substring(0, 4), "重庆市九龙坡区人民法院", PlaintiffType.NATURAL_PERSON,
                "不服政府信息公开答复", true, false, receivedOn), receivedOn.plusDays(15));
        publish("LegalCase", id, 0, new LegalCaseRecorded(id, file));
        publish("LegalCase", id, 1, new CaseConcluded(id, concludedOn, outcome, OutcomeDetail.DECISION_REVOKED,
                file.withConclusion(concludedOn, outcome, OutcomeDetail.DECISION_REVOKED)));
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "公开专员").and("correlationId", "corr-" + id))));
    }

    private Map<String, Object> report(int year, String query) {
        ResponseEntity<Map> response = get("/api/reports/" + year + "/disclosure-report" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Object> table(Map<String, Object> report, String number) {
        return (Map<String, Object>) ((Map<String, Object>) report.get("tables")).get(number);
    }

    /** The table's rows by key, each as its values by column key. */
    private static Map<String, Map<String, Object>> rows(Map<String, Object> report, String number) {
        Map<String, Map<String, Object>> rows = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) table(report, number).get("rows"))
                .forEach(row -> rows.put((String) row.get("key"), (Map<String, Object>) row.get("values")));
        return rows;
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }
}
