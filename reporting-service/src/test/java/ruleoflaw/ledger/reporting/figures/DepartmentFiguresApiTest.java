package ruleoflaw.ledger.reporting.figures;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.DecisionMeetingCorrected;
import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.MeetingKind;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Two departments record in the same year: each one's figures and evidence count its own records only; a record's
 * later changes stay with the department of its first recording whatever their metadata says; events stored before
 * departments existed are the default department's.
 */
@LedgerServiceTest
class DepartmentFiguresApiTest {

    private static final int YEAR = 2082;
    private static final String MEETINGS = "governance.meetings.partyGroup";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void eachDepartmentCountsOnlyItsOwnRecordsAndTheDefaultOneKeepsTheOldLedger() {
        String science = meeting("kjj-" + YEAR, "科技局党组会");
        meeting("kjj-" + YEAR, "科技局党组会（二）");
        String justice = meeting("sfj-" + YEAR, "司法局党组会");
        String old = meeting(null, "部门建立前的党组会");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(figure(in("kjj-" + YEAR))).isEqualTo(2);
            assertThat(figure(in("sfj-" + YEAR))).isEqualTo(1);
            assertThat(figure(TestGateway.as("审计员", "auditor"))).isEqualTo(1);
        });
        assertThat(evidence(in("kjj-" + YEAR))).contains(science).doesNotContain(justice, old);
        assertThat(evidence(in("sfj-" + YEAR))).containsExactly(justice);
        assertThat(evidence(TestGateway.as("审计员", "auditor"))).containsExactly(old);
        assertThat(http.exchange("/api/reports/" + YEAR + "/figures", HttpMethod.GET, new HttpEntity<>(
                in("sfj-" + YEAR)), Map.class).getBody()).containsEntry("department", "sfj-" + YEAR);
    }

    @Test
    void aRecordsLaterChangesStayWithItsDepartment() {
        String department = "fgw-" + YEAR;
        String id = meeting(department, "发改委党组会");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(figure(in(department))).isEqualTo(1));

        // a correction and a withdrawal whose metadata names no department (as a deadline's would) or another one
        publish(new GenericDomainEventMessage<>("StudyRecord", id, 1, new DecisionMeetingCorrected(id, "改期",
                details(LocalDate.of(YEAR + 1, 1, 5), "发改委党组会")), MetaData.with("recordedBy", "办公室")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(figure(in(department))).isZero();
            assertThat(evidence(in(department), YEAR + 1)).containsExactly(id);
        });
        publish(new GenericDomainEventMessage<>("StudyRecord", id, 2, new RecordWithdrawn(id, DecisionMeetingDetails.TYPE, "重复"),
                MetaData.with("recordedBy", "办公室").and("department", "elsewhere")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(evidence(in(department), YEAR + 1)).isEmpty());
        assertThat(evidence(in("elsewhere"), YEAR + 1)).isEmpty();
    }

    private String meeting(String department, String title) {
        String id = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with("recordedBy", "办公室").and("correlationId", "corr-" + id);
        publish(new GenericDomainEventMessage<>("DecisionMeeting", id, 0, new DecisionMeetingRecorded(id,
                details(LocalDate.of(YEAR, 6, 18), title)), department == null ? metaData
                : metaData.and("department", department)));
        return id;
    }

    private static DecisionMeetingDetails details(LocalDate heldOn, String title) {
        return new DecisionMeetingDetails(MeetingKind.PARTY_GROUP, heldOn, title, List.of(), 1);
    }

    private void publish(GenericDomainEventMessage<?> event) {
        transaction.executeWithoutResult(status -> eventStore.publish(event));
    }

    private static HttpHeaders in(String department) {
        return TestGateway.inDepartment(department, true, "区依法治区办", "supervisor");
    }

    private int figure(HttpHeaders as) {
        ResponseEntity<Map> answer = http.exchange("/api/reports/" + YEAR + "/figures", HttpMethod.GET,
                new HttpEntity<>(as), Map.class);
        return ((Number) ((Map<?, ?>) answer.getBody().get("figures")).get(MEETINGS)).intValue();
    }

    private List<String> evidence(HttpHeaders as) {
        return evidence(as, YEAR);
    }

    @SuppressWarnings("unchecked")
    private List<String> evidence(HttpHeaders as, int year) {
        Map<String, Object> answer = http.exchange("/api/reports/" + year + "/figures/" + MEETINGS + "/evidence",
                HttpMethod.GET, new HttpEntity<>(as), Map.class).getBody();
        return ((List<Map<String, Object>>) answer.get("records")).stream().map(r -> (String) r.get("recordId")).toList();
    }
}
