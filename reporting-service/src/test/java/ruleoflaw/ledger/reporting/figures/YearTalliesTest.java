package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.audit.AuditMetadata;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.records.RecordVersion;
import ruleoflaw.ledger.reporting.records.VersionFollower;

/**
 * The yearly projection on the MongoDB-protocol server, fed by the real records processor: the figures it keeps equal
 * the ones computed from the versions after a recording, a correction into another year and a withdrawal, and a batch
 * processed again after a failure counts once. Years 2043–2045, and 2086 for two instances writing in turn.
 */
@LedgerServiceTest
class YearTalliesTest {

    private static final String DEPARTMENT = "tally-dept";

    @Autowired
    YearTallies tallies;
    @Autowired
    YearFigures figures;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    Generations generations;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FigureCatalog catalog;
    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    @Test
    void theKeptFiguresFollowARecordCorrectedIntoAnotherYearAndWithdrawn() {
        String id = UUID.randomUUID().toString();
        publish(id, 0, new StudySessionRecorded(id, session(LocalDate.of(2043, 12, 30), 30)));
        awaitKept(2043, "study.sessions.attendees", 30L);
        assertKeptAsComputed(2043);

        publish(id, 1, new StudySessionCorrected(id, "日期录错", session(LocalDate.of(2044, 1, 2), 28)));
        awaitKept(2044, "study.sessions.attendees", 28L);
        assertThat(kept(2043)).containsEntry("study.sessions.total", 0).containsEntry("study.sessions.attendees", 0L);
        assertKeptAsComputed(2043);
        assertKeptAsComputed(2044);

        publish(id, 2, new RecordWithdrawn(id, "study.session", "重复录入"));
        awaitKept(2044, "study.sessions.total", 0);
        assertKeptAsComputed(2044);
    }

    @Test
    void aBatchProcessedAgainCountsOnceAndAGapFilledLateCounts() {
        int generation = generations.active();
        GapAwareTrackingToken withGap = GapAwareTrackingToken.newInstance(205, Set.of(203L));
        RecordVersion first = session("tally-first", 2045);
        batch(generation, first, withGap);
        batch(generation, first, withGap);
        assertThat(tallies.figures("tally-batch", 2045).orElseThrow()).containsEntry("study.sessions.total", 1);

        // the event committed late into the gap comes with the position already reached
        batch(generation, session("tally-late", 2045), GapAwareTrackingToken.newInstance(205, Set.of()));
        assertThat(tallies.figures("tally-batch", 2045).orElseThrow()).containsEntry("study.sessions.total", 2);
    }

    @Test
    void anInstanceWhoseCopyIsStaleWritesOnWhatAnotherInstanceWrote() {
        int generation = generations.active();
        YearTallies other = new YearTallies(mongo, catalog, serializer, generations); // another instance's
        batch(other, generation, "tally-moved", session("tally-moved-1", 2086), new GlobalSequenceTrackingToken(9_000_010));
        batch(tallies, generation, "tally-moved", session("tally-moved-2", 2086), new GlobalSequenceTrackingToken(9_000_020));
        // the processor moved back: the other's copy still holds the year as it wrote it
        batch(other, generation, "tally-moved", session("tally-moved-3", 2086), new GlobalSequenceTrackingToken(9_000_030));
        // and a batch the first instance wrote, processed again there after a failure, counts once
        batch(other, generation, "tally-moved", session("tally-moved-2", 2086), new GlobalSequenceTrackingToken(9_000_020));

        for (YearTallies instance : List.of(tallies, other)) {
            assertThat(instance.figures("tally-moved", 2086).orElseThrow()).containsEntry("study.sessions.total", 3);
        }
    }

    private void batch(int generation, RecordVersion version, GapAwareTrackingToken at) {
        batch(tallies, generation, "tally-batch", version, at);
    }

    private static void batch(YearTallies tallies, int generation, String department, RecordVersion version,
            TrackingToken at) {
        VersionFollower.Batch batch = tallies.start(generation);
        batch.changed(department, null, version, at);
        batch.write();
    }

    private void awaitKept(int year, String key, Number value) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kept(year)).containsEntry(key, value));
    }

    private Map<String, Number> kept(int year) {
        return tallies.figures(DEPARTMENT, year).orElseThrow();
    }

    private void assertKeptAsComputed(int year) {
        assertThat(kept(year)).isEqualTo(figures.asOf(DEPARTMENT, year, clock.instant()));
    }

    private void publish(String id, long sequence, Object payload) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("StudySession", id,
                sequence, payload, MetaData.with(AuditMetadata.RECORDED_BY, "法制科")
                        .and(AuditMetadata.CORRELATION_ID, "corr-" + id).and(AuditMetadata.DEPARTMENT, DEPARTMENT))));
    }

    private static StudySessionDetails session(LocalDate heldOn, int attendees) {
        return new StudySessionDetails(StudySessionKind.COLLECTIVE_STUDY, "集中学习宪法", heldOn, "法制科", attendees, 2.0,
                List.of(), List.of("中华人民共和国宪法"), null, null);
    }

    private static RecordVersion session(String id, int year) {
        return new RecordVersion(id, id, "study.session", 0, year + "-03-01", year, Instant.parse(year + "-03-01T02:00:00Z"),
                "法制科", null, "recorded", null, false, "集中学习", Map.of("kind", "COLLECTIVE_STUDY"));
    }
}
