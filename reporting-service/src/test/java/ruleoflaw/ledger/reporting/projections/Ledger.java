package ruleoflaw.ledger.reporting.projections;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** Events appended as the recording services append them, and the API as the gateway forwards it. */
record Ledger(EventStore eventStore, TransactionTemplate transaction, TestRestTemplate http) {

    static GenericDomainEventMessage<?> event(String aggregateType, String id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(aggregateType, id, sequence, payload,
                MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id));
    }

    void publish(List<GenericDomainEventMessage<?>> events) {
        transaction.executeWithoutResult(status -> eventStore.publish(events));
    }

    static StudySessionRecorded session(String id, int year, StudySessionKind kind, String law) {
        return new StudySessionRecorded(id, new StudySessionDetails(kind, kind.chineseName() + " " + id,
                LocalDate.of(year, 5, 20), null, 10, null, List.of(), List.of(law)));
    }

    String session(int year) {
        String id = UUID.randomUUID().toString();
        publish(List.of(event("StudySession", id, 0, session(id, year, StudySessionKind.GROUP_STUDY, "中华人民共和国宪法"))));
        return id;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> figures(int year) {
        return (Map<String, Object>) get("/api/reports/" + year + "/figures", "auditor").getBody().get("figures");
    }

    void awaitFigure(int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> expected == ((Number) figures(year).get(key)).intValue());
    }

    ResponseEntity<Map> get(String path, String role) {
        return exchange(HttpMethod.GET, path, role);
    }

    ResponseEntity<Map> exchange(HttpMethod method, String path, String role) {
        return http.exchange(path, method, new HttpEntity<>(TestGateway.as("管理员", role)), Map.class);
    }
}
