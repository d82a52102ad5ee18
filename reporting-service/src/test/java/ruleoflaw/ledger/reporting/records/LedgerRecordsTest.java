package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.model.Filters;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;

/** How record versions add up to the records of a year, on the MongoDB-protocol server. */
@LedgerServiceTest
class LedgerRecordsTest {

    private static final Instant JANUARY = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-10T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T00:00:00Z");

    @Autowired
    LedgerRecords records;
    @Autowired
    EventStore eventStore;
    /** The service's clock, which also stamps the events (as-of moments are on it). */
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerRecordsProjection projection;

    @Test
    void aRecordCorrectedIntoAnotherYearMovesThereFromTheMomentOfTheCorrectionAndAWithdrawalFindsIt()
            throws InterruptedException {
        String id = UUID.randomUUID().toString();
        publish(id, 0, new StudySessionRecorded(id, details(LocalDate.of(2041, 12, 30))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(2041, clock.instant()).contains(id));
        Instant beforeCorrection = momentBefore();
        // each in a batch of its own: what the record was, the projection reads back from its events
        publish(id, 1, new StudySessionCorrected(id, "日期录错", details(LocalDate.of(2042, 1, 2))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(2042, clock.instant()).contains(id));

        assertThat(ids(2041, clock.instant())).doesNotContain(id);
        assertThat(ids(2041, beforeCorrection)).contains(id);
        assertThat(ids(2042, beforeCorrection)).doesNotContain(id);

        Instant beforeWithdrawal = momentBefore();
        publish(id, 2, new RecordWithdrawn(id, "study.session", "重复录入"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !ids(2042, clock.instant()).contains(id));
        assertThat(ids(2042, beforeWithdrawal)).contains(id);
        assertThat(ids(2041, clock.instant())).doesNotContain(id);
    }

    @Test
    void theProjectionKeepsEachVersionUnderItsEventsPositionInTheStore() {
        String id = UUID.randomUUID().toString();
        publish(id, 0, new StudySessionRecorded(id, details(LocalDate.of(2048, 3, 1))));
        publish(id, 1, new StudySessionCorrected(id, "人数录错", details(LocalDate.of(2048, 3, 2))));
        List<Long> positions = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, id);

        await().atMost(Duration.ofSeconds(20)).until(() -> kept(Partitions.ofYear(null, 2048, 1)).size() == 2);
        List<RecordVersion> kept = kept(Partitions.ofYear(null, 2048, 1));
        assertThat(kept).extracting(RecordVersion::id).containsExactly(
                String.format("%019d:%s", positions.get(0), kept.get(0).eventId()),
                String.format("%019d:%s", positions.get(1), kept.get(1).eventId()));
        assertThat(kept).extracting(RecordVersion::version).containsExactly(0L, 1L);
        assertThat(ids(2048, clock.instant())).containsExactly(id);
    }

    @Test
    void aBatchsVersionsOfAPartitionAreOnePageNamedAfterItsFirstAndLastVersion() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String partition = Partitions.ofYear(null, 2047, 1);
        long pages = mongo.getCollection(partition).countDocuments();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(new StudySessionRecorded(first, details(LocalDate.of(2047, 5, 1))), "e-" + first, 0L, JANUARY,
                "法制科", "corr-" + first, null, GapAwareTrackingToken.newInstance(301, Set.of()));
        projection.on(new StudySessionRecorded(second, details(LocalDate.of(2047, 5, 2))), "e-" + second, 0L,
                JANUARY, "法制科", "corr-" + second, null, GapAwareTrackingToken.newInstance(302, Set.of()));
        batch.commit();

        assertThat(mongo.getCollection(partition).countDocuments()).isEqualTo(pages + 1);
        assertThat(mongo.getCollection(partition).find(Filters.eq("_id",
                String.format("%019d:e-%s/%019d:e-%s", 301, first, 302, second))).first()).isNotNull();
        assertThat(ids(2047, clock.instant())).contains(first, second);
    }

    @Test
    void anEventCommittedLateIntoAGapIsKeptBesideTheOneThatCameWithTheSamePosition() {
        // a gap filled late comes with the position the processor had already reached: 105 for both here
        TrackingToken reached = GapAwareTrackingToken.newInstance(105, Set.of());
        String first = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        projection.on(new StudySessionRecorded(first, details(LocalDate.of(2049, 5, 1))), UUID.randomUUID().toString(), 0L,
                JANUARY, "法制科", "corr-" + first, null, reached);
        projection.on(new StudySessionRecorded(late, details(LocalDate.of(2049, 5, 2))), UUID.randomUUID().toString(), 0L,
                JANUARY, "法制科", "corr-" + late, null, reached);

        assertThat(ids(2049, clock.instant())).containsExactly(first, late);
    }

    @Test
    void aWithdrawnRecordCountsUntilItsWithdrawal() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2043-06-01", JANUARY, false));
        records.store(version(id, 1, "2043-06-01", FEBRUARY, true));

        assertThat(records.ofYear("default", 2043, JANUARY.plusSeconds(1))).hasSize(1);
        assertThat(records.ofYear("default", 2043, MARCH)).isEmpty();
    }

    @Test
    void storingTheSameVersionTwiceKeepsOne() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2044-06-01", JANUARY, false));
        records.store(version(id, 0, "2044-06-01", JANUARY, false));

        assertThat(records.ofYear("default", 2044, MARCH)).hasSize(1);
    }

    @Test
    void theRecordsOfATypeAreEveryYearsInTheirLatestVersionWithoutWithdrawnOnes() {
        String type = "legal.case";
        String earlier = UUID.randomUUID().toString();
        String corrected = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();
        records.store(typed(type, version(earlier, 0, "2045-06-01", JANUARY, false)));
        records.store(typed(type, version(corrected, 0, "2046-06-01", JANUARY, false)));
        records.store(typed(type, version(corrected, 1, "2047-06-01", FEBRUARY, false)));
        records.store(typed(type, version(withdrawn, 0, "2047-07-01", JANUARY, false)));
        records.store(typed(type, version(withdrawn, 1, "2047-07-01", FEBRUARY, true)));
        records.store(version(UUID.randomUUID().toString(), 0, "2047-06-01", JANUARY, false));

        Set<String> ours = Set.of(earlier, corrected, withdrawn);
        assertThat(ofType(type, MARCH, ours)).extracting(RecordVersion::recordId).containsExactly(earlier, corrected);
        assertThat(ofType(type, MARCH, ours)).extracting(RecordVersion::year).containsExactly(2045, 2047);
        assertThat(ofType(type, JANUARY.plusSeconds(1), ours)).extracting(RecordVersion::recordId)
                .containsExactly(earlier, corrected, withdrawn);
        assertThat(ofType(type, JANUARY.minusSeconds(1), ours)).isEmpty();
    }

    @Test
    void onlyTheTypesFollowedAcrossYearsCanBeReadAcrossYears() {
        assertThatThrownBy(() -> records.ofType("default", "study.session", MARCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KEPT_ACROSS_YEARS");
    }

    /** The records of the type that this test made (other tests share the store). */
    private List<RecordVersion> ofType(String type, Instant asOf, Set<String> ours) {
        return records.ofType("default", type, asOf).stream().filter(version -> ours.contains(version.recordId())).toList();
    }

    private List<RecordVersion> kept(String partition) {
        List<RecordVersion> kept = new java.util.ArrayList<>();
        mongo.getCollection(partition).find().forEach(page -> VersionPages.versions(page, kept::add));
        kept.sort(java.util.Comparator.comparing(RecordVersion::id));
        return kept;
    }

    private void publish(String id, long sequence, Object payload) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("StudySession", id,
                sequence, payload, MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id))));
    }

    /** A moment as the service takes it (to the millisecond) that the next event is recorded after. */
    private Instant momentBefore() throws InterruptedException {
        Instant moment = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(2);
        return moment;
    }

    private List<String> ids(int year, Instant asOf) {
        return records.ofYear("default", year, asOf).stream().map(RecordVersion::recordId).toList();
    }

    private static StudySessionDetails details(LocalDate heldOn) {
        return new StudySessionDetails(StudySessionKind.GROUP_STUDY, "学习《中华人民共和国宪法》", heldOn, null, 12, null,
                List.of(), List.of("中华人民共和国宪法"));
    }

    private static RecordVersion typed(String type, RecordVersion v) {
        return new RecordVersion(v.eventId(), v.recordId(), type, v.version(), v.businessDate(), v.year(), v.recordedAt(),
                v.recordedBy(), v.correlationId(), v.change(), v.reason(), v.withdrawn(), v.title(), v.facts());
    }

    private static RecordVersion version(String id, long version, String date, Instant recordedAt, boolean withdrawn) {
        return new RecordVersion(id + "/" + version, id, "study.session", version, date,
                Integer.parseInt(date.substring(0, 4)), recordedAt, "法制科", "c-" + id, withdrawn ? "withdrawn" : "recorded",
                null, withdrawn, "集中学习",
                Map.of("kind", "COLLECTIVE_STUDY"));
    }
}
