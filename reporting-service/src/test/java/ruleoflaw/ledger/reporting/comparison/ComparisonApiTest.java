package ruleoflaw.ledger.reporting.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.MeetingKind;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** Year over year through the service; each test its own pair of years (the stores are shared). */
@LedgerServiceTest
class ComparisonApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void againstAYearBeforeWithNothingRecordedTheChangeIsTheValueAndNoPercentageIsGiven() {
        meetings(2091, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.DIRECTOR_OFFICE);
        awaitFigures(2091, Map.of("governance.meetings.partyGroup", 2, "governance.meetings.directorOffice", 1));

        Map<String, Object> comparison = comparison(2091, "").getBody();
        Map<String, Map<String, Object>> figures = byKey(comparison);

        assertThat(comparison).containsEntry("year", 2091).containsEntry("previousYear", 2090);
        assertThat(figures).containsKeys("governance.meetings.partyGroup", "study.sessions.total",
                "disclosure.items.total", "legal.litigation.cases", "outreach.events.total");
        // figures looking back (cases pending, applications carried over) see the other tests' years: only the
        // arithmetic holds for every figure
        assertThat(figures.values()).allSatisfy(figure -> {
            assertThat(number(figure, "change"))
                    .isCloseTo(number(figure, "value") - number(figure, "previous"), within(0.05));
            if (number(figure, "previous") == 0) {
                assertThat(figure).containsEntry("changePct", null);
            }
        });
        assertThat(figures.get("governance.meetings.partyGroup")).containsEntry("value", 2).containsEntry("previous", 0)
                .containsEntry("change", 2).containsEntry("changePct", null).containsEntry("name", "局党组会（次）");
        assertThat(figures.get("governance.meetings.directorOffice")).containsEntry("previous", 0)
                .containsEntry("change", 1);
    }

    @Test
    void theChangeIsAgainstTheYearBeforeAsKnownAtTheSameMoment() {
        meetings(2092, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP);
        meetings(2093, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.TOPIC);
        awaitFigures(2092, Map.of("governance.meetings.partyGroup", 2));
        awaitFigures(2093, Map.of("governance.meetings.partyGroup", 3, "governance.meetings.topic", 1));

        Map<String, Map<String, Object>> figures = byKey(comparison(2093, "").getBody());

        assertThat(figures.get("governance.meetings.partyGroup")).containsEntry("value", 3).containsEntry("previous", 2)
                .containsEntry("change", 1).containsEntry("changePct", 50.0);
        assertThat(figures.get("governance.meetings.topic")).containsEntry("change", 1).containsEntry("changePct", null);
        Map<String, Object> asKnownIn2000 = comparison(2093, "?asOf=2000-01-01").getBody();
        assertThat(byKey(asKnownIn2000).get("governance.meetings.partyGroup"))
                .containsEntry("value", 0).containsEntry("previous", 0).containsEntry("change", 0);
    }

    @Test
    void aBadMomentIsAProblemNamingTheField() {
        ResponseEntity<Map> response = comparison(2094, "?asOf=soon");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("asOf");
    }

    private void meetings(int year, MeetingKind... kinds) {
        for (MeetingKind kind : kinds) {
            String id = UUID.randomUUID().toString();
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                    "DecisionMeeting", id, 0, new DecisionMeetingRecorded(id, new DecisionMeetingDetails(kind,
                            LocalDate.of(year, 6, 18), kind.chineseName(), List.of(), 2)),
                    MetaData.with("recordedBy", "办公室").and("correlationId", "corr-" + id))));
        }
    }

    private void awaitFigures(int year, Map<String, Integer> expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<?, ?> figures = (Map<?, ?>) get("/api/reports/" + year + "/figures").getBody().get("figures");
            assertThat((Map<Object, Object>) figures).containsAllEntriesOf(expected);
        });
    }

    private static double number(Map<String, Object> figure, String field) {
        return ((Number) figure.get(field)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byKey(Map<String, Object> comparison) {
        return ((List<Map<String, Object>>) comparison.get("figures")).stream()
                .collect(Collectors.toMap(figure -> (String) figure.get("key"), figure -> figure));
    }

    private ResponseEntity<Map> comparison(int year, String query) {
        return get("/api/reports/" + year + "/comparison" + query);
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }
}
