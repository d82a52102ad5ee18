package ruleoflaw.ledger.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.reporting.records.LedgerRecords;

/**
 * A projection handler that fails on an event puts the event's aggregate aside in the dead-letter queue and goes on
 * with the others; admins list, retry and evict the dead letters. Years 2078–2079.
 */
@LedgerServiceTest
class DeadLettersApiTest {

    private static final String LETTERS = "/api/reports/admin/dead-letters";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MeterRegistry meters;

    @Test
    void aFailedEventWaitsWithItsAggregatesLaterEventsWhileOthersGoOnAndIsRetriedOnceMended() {
        Ledger ledger = new Ledger(eventStore, transaction, http);
        String poisoned = UUID.randomUUID().toString();
        PoisonedEvents.poison(poisoned);
        try {
            ledger.publish(List.of(Ledger.event("Marker", poisoned, 0, new PoisonedEvents.Marker(poisoned, "第一条"))));
            ledger.publish(List.of(Ledger.event("Marker", poisoned, 1, new PoisonedEvents.Marker(poisoned, "第二条"))));
            ledger.session(2078);

            ledger.awaitFigure(2078, "study.sessions.total", 1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sequence(ledger, poisoned)).hasSize(2));
            List<Map<String, Object>> letters = sequence(ledger, poisoned);
            assertThat(letters.get(0)).containsEntry("eventType", PoisonedEvents.Marker.class.getName())
                    .containsEntry("aggregateId", poisoned).containsEntry("aggregateSequence", 0)
                    .containsEntry("causeType", IllegalStateException.class.getName())
                    .containsEntry("cause", "投影无法处理事件 第一条");
            assertThat(letters.get(1)).containsEntry("aggregateSequence", 1);
            assertThat(PoisonedEvents.handled(poisoned)).isEmpty();
            assertThat(gauge()).isEqualTo(lettersIn(ledger, LedgerRecords.PROCESSING_GROUP)).isGreaterThanOrEqualTo(2);

            ResponseEntity<Map> stillFailing = ledger.exchange(HttpMethod.POST, LETTERS + "/" + poisoned + "/retry", "admin");
            assertThat(stillFailing.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(stillFailing.getBody()).containsEntry("remaining", 2);

            PoisonedEvents.cure(poisoned);
            ResponseEntity<Map> mended = ledger.exchange(HttpMethod.POST, LETTERS + "/" + poisoned + "/retry", "admin");

            assertThat(mended.getBody()).containsEntry("sequenceId", poisoned).containsEntry("remaining", 0);
            assertThat(PoisonedEvents.handled(poisoned)).containsExactly(poisoned + "#0", poisoned + "#1");
            assertThat(sequence(ledger, poisoned)).isEmpty();
            assertThat(gauge()).isEqualTo(lettersIn(ledger, LedgerRecords.PROCESSING_GROUP));
        } finally {
            PoisonedEvents.cure(poisoned);
        }
    }

    @Test
    void evictingDropsASequenceForGoodAndRetryingAllRevivesTheMendedOnes() {
        Ledger ledger = new Ledger(eventStore, transaction, http);
        String dropped = UUID.randomUUID().toString();
        String mended = UUID.randomUUID().toString();
        PoisonedEvents.poison(dropped);
        PoisonedEvents.poison(mended);
        try {
            ledger.publish(List.of(Ledger.event("Marker", dropped, 0, new PoisonedEvents.Marker(dropped, "重复录入")),
                    Ledger.event("Marker", mended, 0, new PoisonedEvents.Marker(mended, "待修复"))));
            ledger.session(2079);
            ledger.awaitFigure(2079, "study.sessions.total", 1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(sequence(ledger, dropped)).hasSize(1);
                assertThat(sequence(ledger, mended)).hasSize(1);
            });
            double before = gauge();

            ResponseEntity<Map> evicted = ledger.exchange(HttpMethod.DELETE, LETTERS + "/" + dropped, "admin");

            assertThat(evicted.getBody()).containsEntry("sequenceId", dropped).containsEntry("evicted", 1);
            assertThat(sequence(ledger, dropped)).isEmpty();
            assertThat(gauge()).isEqualTo(before - 1);
            assertThat(ledger.exchange(HttpMethod.DELETE, LETTERS + "/" + dropped, "admin").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(ledger.exchange(HttpMethod.POST, LETTERS + "/" + dropped + "/retry", "admin").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);

            PoisonedEvents.cure(mended);
            ResponseEntity<Map> all = ledger.exchange(HttpMethod.POST, LETTERS + "/retry", "admin");

            assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat((Integer) all.getBody().get("revived")).isGreaterThanOrEqualTo(1);
            assertThat(sequence(ledger, mended)).isEmpty();
            assertThat(PoisonedEvents.handled(mended)).containsExactly(mended + "#0");
            assertThat(PoisonedEvents.handled(dropped)).isEmpty();
        } finally {
            PoisonedEvents.cure(dropped);
            PoisonedEvents.cure(mended);
        }
    }

    @Test
    void onlyAdminsSeeOrTouchDeadLetters() {
        Ledger ledger = new Ledger(eventStore, transaction, http);
        assertThat(ledger.get(LETTERS, "auditor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ledger.exchange(HttpMethod.POST, LETTERS + "/retry", "editor").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ledger.get(LETTERS, "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private double gauge() {
        return meters.get(DeadLetters.SIZE_METRIC).tag("processingGroup", LedgerRecords.PROCESSING_GROUP).gauge().value();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sequences(Ledger ledger) {
        ResponseEntity<Map> listing = ledger.get(LETTERS, "admin");
        assertThat(listing.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) listing.getBody().get("sequences");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sequence(Ledger ledger, String sequenceId) {
        return sequences(ledger).stream().filter(sequence -> sequenceId.equals(sequence.get("sequenceId")))
                .flatMap(sequence -> ((List<Map<String, Object>>) sequence.get("letters")).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static double lettersIn(Ledger ledger, String group) {
        return sequences(ledger).stream().filter(sequence -> group.equals(sequence.get("processingGroup")))
                .mapToInt(sequence -> ((List<Object>) sequence.get("letters")).size()).sum();
    }
}
