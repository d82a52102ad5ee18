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
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;
import ruleoflaw.ledger.contracts.disclosure.ApplicantType;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDeadlinePassed;
import ruleoflaw.ledger.contracts.disclosure.ApplicationDueDayRecounted;
import ruleoflaw.ledger.contracts.disclosure.ApplicationOutcome;
import ruleoflaw.ledger.contracts.disclosure.ApplicationSubReason;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationAnswered;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationFile;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationRecorded;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Disclosure applications appended to the event store (as disclosure-service does) give the
 * disclosure.applications.* figures, in their latest state: one answered late counts as late, one open on
 * 31 December is pending then and carried over into the next year, a withdrawn one not at all.
 * Its own years (2071–2074): the stores are shared.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class DisclosureApplicationFiguresApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anApplicationAnsweredLateIsLateAndOneOpenOn31DecemberIsCarriedOver() {
        int year = 2071;
        DisclosureApplicationFile inTime = received(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 29));
        application(inTime, answered(inTime, LocalDate.of(year, 3, 20)));
        DisclosureApplicationFile late = received(LocalDate.of(year, 6, 3), LocalDate.of(year, 7, 2));
        String lateId = application(late,
                new ApplicationDeadlinePassed("x", late.dueOn(), late.withDeadlinePassed()),
                answered(late.withDeadlinePassed(), LocalDate.of(year, 7, 5)));
        DisclosureApplicationFile open = received(LocalDate.of(year, 12, 16), LocalDate.of(year + 1, 1, 14));
        String openId = application(open, answered(open, LocalDate.of(year + 1, 1, 10)));
        DisclosureApplicationFile withdrawn = received(LocalDate.of(year, 12, 17), LocalDate.of(year + 1, 1, 15));
        String withdrawnId = application(withdrawn);
        publish(withdrawnId, 1, new RecordWithdrawn(withdrawnId, DisclosureApplicationDetails.TYPE, "重复录入"));

        // events are projected one after another: wait until the last ones count, then all of them do
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(figuresOf(year))
                .containsEntry("disclosure.applications.late", 1)
                .containsEntry("disclosure.applications.received", 3)
                .containsEntry("disclosure.applications.carriedOver", 0)
                .containsEntry("disclosure.applications.answered", 2)
                .containsEntry("disclosure.applications.pending", 1));
        assertThat(evidence(year, "disclosure.applications.late")).containsExactly(lateId);
        assertThat(evidence(year, "disclosure.applications.pending")).containsExactly(openId);

        assertThat(figuresOf(year + 1)).containsEntry("disclosure.applications.received", 0)
                .containsEntry("disclosure.applications.carriedOver", 1)
                .containsEntry("disclosure.applications.answered", 1)
                .containsEntry("disclosure.applications.pending", 0)
                .containsEntry("disclosure.applications.late", 0);
        assertThat(evidence(year + 1, "disclosure.applications.carriedOver")).containsExactly(openId);
    }

    @Test
    void aProvisionalDueDayShowsInTheEvidenceUntilItIsRecounted() {
        int year = 2073;
        LocalDate provisional = LocalDate.of(year + 1, 1, 15);
        DisclosureApplicationFile received = DisclosureApplicationFile.received(new DisclosureApplicationDetails(
                LocalDate.of(year, 12, 15), ApplicantType.NATURAL_PERSON, "年底收到的申请"), new DueDay(provisional, true));
        String id = application(received);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(facts(year, "disclosure.applications.pending", id))
                .containsEntry("dueOn", provisional.toString()).containsEntry("dueOnProvisional", true));

        LocalDate official = LocalDate.of(year + 1, 1, 19);
        publish(id, 1, new ApplicationDueDayRecounted(id, provisional, received.withDueDayRecounted(new DueDay(official, false))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(facts(year, "disclosure.applications.pending", id))
                .containsEntry("dueOn", official.toString()).containsEntry("dueOnProvisional", false));
        assertThat(figuresOf(year)).containsEntry("disclosure.applications.received", 1)
                .containsEntry("disclosure.applications.pending", 1);
        // answered, so that it is not carried over into the later years other tests use
        publish(id, 2, withId(answered(received.withDueDayRecounted(new DueDay(official, false)), official), id));
    }

    private Map<String, Object> facts(int year, String key, String recordId) {
        Map<String, Object> body = get("/api/reports/" + year + "/figures/" + key + "/evidence").getBody();
        return ((List<Map<String, Object>>) body.get("records")).stream().filter(r -> recordId.equals(r.get("recordId")))
                .map(r -> (Map<String, Object>) r.get("record")).findFirst().orElse(Map.of());
    }

    private static DisclosureApplicationFile received(LocalDate on, LocalDate dueOn) {
        return DisclosureApplicationFile.received(new DisclosureApplicationDetails(on, ApplicantType.NATURAL_PERSON,
                "申请公开 " + on), new DueDay(dueOn, false));
    }

    private static DisclosureApplicationAnswered answered(DisclosureApplicationFile file, LocalDate on) {
        return new DisclosureApplicationAnswered("x", on, ApplicationOutcome.CANNOT_PROVIDE, ApplicationSubReason.NOT_HELD,
                file.withAnswer(on, ApplicationOutcome.CANNOT_PROVIDE, ApplicationSubReason.NOT_HELD));
    }

    private String application(DisclosureApplicationFile received, Object... steps) {
        String id = UUID.randomUUID().toString();
        publish(id, 0, new DisclosureApplicationRecorded(id, received));
        long sequence = 1;
        for (Object step : steps) {
            publish(id, sequence++, withId(step, id));
        }
        return id;
    }

    private static Object withId(Object step, String id) {
        if (step instanceof DisclosureApplicationAnswered s) {
            return new DisclosureApplicationAnswered(id, s.answeredOn(), s.outcome(), s.subReason(), s.file());
        }
        if (step instanceof ApplicationDeadlinePassed s) {
            return new ApplicationDeadlinePassed(id, s.dueOn(), s.file());
        }
        throw new IllegalArgumentException(String.valueOf(step));
    }

    private void publish(String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("DisclosureApplication",
                id, sequence, event, MetaData.with("recordedBy", "公开专员").and("correlationId", "corr-" + id))));
    }

    private List<Object> evidence(int year, String key) {
        Map<String, Object> body = get("/api/reports/" + year + "/figures/" + key + "/evidence").getBody();
        return ((List<Map<String, Object>>) body.get("records")).stream().map(r -> r.get("recordId")).toList();
    }

    private Map<String, Object> figuresOf(int year) {
        return (Map<String, Object>) get("/api/reports/" + year + "/figures").getBody().get("figures");
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }
}
