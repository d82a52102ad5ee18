package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;

/** How record versions add up to the records of a year, on the MongoDB-protocol server. */
@LedgerServiceTest
class LedgerRecordsTest {

    private static final Instant JANUARY = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-10T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T00:00:00Z");

    @Autowired
    LedgerRecords records;

    @Test
    void aRecordCorrectedIntoAnotherYearMovesThereFromTheMomentOfTheCorrection() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2041-12-30", JANUARY, false));
        records.store(version(id, 1, "2042-01-02", FEBRUARY, false));

        assertThat(records.ofYear(2041, MARCH)).isEmpty();
        assertThat(records.ofYear(2042, MARCH)).extracting(RecordVersion::version).containsExactly(1L);
        assertThat(records.ofYear(2041, JANUARY.plusSeconds(1))).extracting(RecordVersion::recordId).containsExactly(id);
        assertThat(records.ofYear(2042, JANUARY.plusSeconds(1))).isEmpty();
    }

    @Test
    void aWithdrawnRecordCountsUntilItsWithdrawal() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2043-06-01", JANUARY, false));
        records.store(version(id, 1, "2043-06-01", FEBRUARY, true));

        assertThat(records.ofYear(2043, JANUARY.plusSeconds(1))).hasSize(1);
        assertThat(records.ofYear(2043, MARCH)).isEmpty();
    }

    @Test
    void storingTheSameVersionTwiceKeepsOne() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2044-06-01", JANUARY, false));
        records.store(version(id, 0, "2044-06-01", JANUARY, false));

        assertThat(records.ofYear(2044, MARCH)).hasSize(1);
    }

    @Test
    void aFirstVersionProjectedAgainDoesNotMakeTheRecordForgetTheYearsItMovedThrough() {
        String id = UUID.randomUUID().toString();
        records.store(version(id, 0, "2048-03-01", JANUARY, false));
        records.store(version(id, 1, "2049-03-01", FEBRUARY, false));
        records.store(version(id, 0, "2048-03-01", JANUARY, false)); // again, as after a crash before the token moved
        records.store(version(id, 2, "2048-04-01", FEBRUARY.plusSeconds(1), false)); // back into 2048

        assertThat(records.ofYear(2049, MARCH)).extracting(RecordVersion::recordId).doesNotContain(id);
        assertThat(records.ofYear(2048, MARCH)).filteredOn(v -> v.recordId().equals(id))
                .extracting(RecordVersion::version).containsExactly(2L);
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
        assertThatThrownBy(() -> records.ofType("study.session", MARCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KEPT_ACROSS_YEARS");
    }

    /** The records of the type that this test made (other tests share the store). */
    private List<RecordVersion> ofType(String type, Instant asOf, Set<String> ours) {
        return records.ofType(type, asOf).stream().filter(version -> ours.contains(version.recordId())).toList();
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
