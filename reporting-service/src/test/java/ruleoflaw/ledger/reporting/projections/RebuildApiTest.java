package ruleoflaw.ledger.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.reporting.records.LedgerRecords;
import ruleoflaw.ledger.reporting.records.Partitions;
import ruleoflaw.ledger.reporting.records.RecordVersion;
import ruleoflaw.ledger.reporting.records.VersionPages;

/**
 * A rebuild replays the whole history into a new generation while the active one answers, then switches: the
 * records, reports, figures and dead letters are what they were, and what was recorded meanwhile is there too.
 * Years 2071–2077.
 */
@LedgerServiceTest
class RebuildApiTest {

    private static final Logger log = LoggerFactory.getLogger(RebuildApiTest.class);
    private static final String REBUILD = "/api/reports/admin/rebuild";
    private static final List<Integer> YEARS = List.of(2071, 2072, 2073, 2074, 2075);
    private static final List<String> LAWS = List.of("中华人民共和国宪法", "中华人民共和国民法典", "中华人民共和国行政诉讼法",
            "中华人民共和国行政处罚法", "中华人民共和国科学技术进步法", "中华人民共和国保守国家秘密法", "中华人民共和国安全生产法");
    private static final List<String> REPORT_COLLECTIONS = List.of("reporting_annual_reports", "reporting_published_reports");

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Generations generations;
    @Autowired
    LedgerRecords records;

    @Test
    void aRebuildReplaysTheHistoryBesideTheLiveProjectionsAndSwitchesOnceCaughtUp() throws InterruptedException {
        Ledger ledger = new Ledger(eventStore, transaction, http);
        String broken = UUID.randomUUID().toString(); // no date: the records projection fails on it, live and rebuilt
        ledger.publish(List.of(Ledger.event("StudySession", broken, 0, new StudySessionRecorded(broken,
                new StudySessionDetails(StudySessionKind.GROUP_STUDY, "日期缺失的学习", null, null, 10, null, List.of(),
                        List.of())))));
        Map<Integer, int[]> expected = recordThousandsOfSessions(ledger, 3000);
        for (int year : YEARS) { // [total, central group]: every event of the year is projected
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ledger.figures(year))
                    .containsEntry("study.sessions.total", expected.get(year)[0])
                    .containsEntry("study.sessions.centralGroup", expected.get(year)[1]));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters(ledger, broken) == 1);
        Map<Integer, Map<String, Object>> figuresBefore = figures(ledger);
        List<RecordVersion> versionsBefore = versions();
        Map<String, List<Document>> reportsBefore = reports();
        int generation = generations.active();

        ResponseEntity<Map> started = ledger.exchange(HttpMethod.POST, REBUILD, "admin");

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("phase", "REPLAYING").containsEntry("generation", generation + 1)
                .containsEntry("activeGeneration", generation).containsEntry("startedBy", "管理员");
        ResponseEntity<Map> second = ledger.exchange(HttpMethod.POST, REBUILD, "admin");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("detail").toString()).contains("generation " + (generation + 1));
        String late = ledger.session(2077);

        Set<Object> phases = new LinkedHashSet<>(List.of("REPLAYING"));
        Map<String, Object> progress = ledger.get(REBUILD, "admin").getBody();
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!List.of("DONE", "FAILED").contains(progress.get("phase")) && System.nanoTime() < giveUp) {
            assertThat(ledger.figures(2072)).isEqualTo(figuresBefore.get(2072)); // the active generation answers
            assertThat(((Number) progress.get("eventsProcessed")).longValue())
                    .isLessThanOrEqualTo(((Number) progress.get("eventsTotal")).longValue());
            Thread.sleep(50);
            progress = ledger.get(REBUILD, "admin").getBody();
            phases.add(progress.get("phase"));
        }

        assertThat(progress).containsEntry("phase", "DONE").containsEntry("activeGeneration", generation + 1)
                .containsEntry("etaSeconds", 0).doesNotContainKey("error");
        long events = ((Number) progress.get("eventsTotal")).longValue();
        double seconds = ((Number) progress.get("seconds")).doubleValue();
        assertThat(events).isGreaterThan(3000).isEqualTo(((Number) progress.get("eventsProcessed")).longValue());
        assertThat(phases).startsWith("REPLAYING").endsWith("DONE");
        log.info("Rebuild speed: {} events in {} s, {} events/s (phases seen: {})", events, seconds,
                progress.get("eventsPerSecond"), phases);
        assertThat(generations.active()).isEqualTo(generation + 1);
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(reports()).isEqualTo(reportsBefore);
        assertThat(figures(ledger)).isEqualTo(figuresBefore);
        ledger.awaitFigure(2077, "study.sessions.total", 1);
        assertThat(versions(List.of(2077))).filteredOn(version -> version.recordId().equals(late)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> records.collections(generation).isEmpty());
        // the live letter of the old generation went, the rebuild's letter for the same event took its place
        assertThat(deadLetters(ledger, broken)).isEqualTo(1);
        assertThat(ledger.exchange(HttpMethod.DELETE, "/api/reports/admin/dead-letters/" + broken, "admin").getBody())
                .containsEntry("evicted", 1);
    }

    @Test
    void onlyAdminsRebuildOrWatchIt() {
        Ledger ledger = new Ledger(eventStore, transaction, http);
        assertThat(ledger.exchange(HttpMethod.POST, REBUILD, "auditor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ledger.get(REBUILD, "auditor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> progress = ledger.get(REBUILD, "admin");
        assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(progress.getBody()).containsKeys("phase", "activeGeneration");
    }

    /**
     * {@code count} sessions over the years, every tenth corrected into a central-group study and every twenty-fifth
     * withdrawn; per year the sessions that count and how many of them are central-group studies.
     */
    private static Map<Integer, int[]> recordThousandsOfSessions(Ledger ledger, int count) {
        Map<Integer, int[]> expected = new LinkedHashMap<>();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        List<StudySessionKind> kinds = List.of(StudySessionKind.COLLECTIVE_STUDY, StudySessionKind.GROUP_STUDY,
                StudySessionKind.SPECIAL_TRAINING, StudySessionKind.CENTRAL_GROUP_STUDY); // study sessions, no lectures
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            int year = YEARS.get(i % YEARS.size());
            StudySessionKind kind = kinds.get((i / YEARS.size()) % kinds.size());
            events.add(Ledger.event("StudySession", id, 0, Ledger.session(id, year, kind, LAWS.get(i % LAWS.size()))));
            long sequence = 1;
            if (i % 10 == 0) {
                kind = StudySessionKind.CENTRAL_GROUP_STUDY;
                events.add(Ledger.event("StudySession", id, sequence++, new StudySessionCorrected(id, "更正为中心组学习",
                        Ledger.session(id, year, kind, LAWS.get(i % LAWS.size())).details())));
            }
            boolean withdrawn = i % 25 == 0;
            if (withdrawn) {
                events.add(Ledger.event("StudySession", id, sequence, new RecordWithdrawn(id, "study.session", "重复录入")));
            }
            int[] counts = expected.computeIfAbsent(year, y -> new int[2]);
            if (!withdrawn) {
                counts[0]++;
                counts[1] += kind == StudySessionKind.CENTRAL_GROUP_STUDY ? 1 : 0;
            }
            if (events.size() >= 500) {
                ledger.publish(events);
                events = new ArrayList<>();
            }
        }
        ledger.publish(events);
        return expected;
    }

    /** The dead letters of the sequence in the records projection's live group. */
    @SuppressWarnings("unchecked")
    private static int deadLetters(Ledger ledger, String sequenceId) {
        List<Map<String, Object>> sequences = (List<Map<String, Object>>) ledger
                .get("/api/reports/admin/dead-letters", "admin").getBody().get("sequences");
        return sequences.stream().filter(sequence -> sequenceId.equals(sequence.get("sequenceId"))
                        && LedgerRecords.PROCESSING_GROUP.equals(sequence.get("processingGroup")))
                .mapToInt(sequence -> ((List<Object>) sequence.get("letters")).size()).sum();
    }

    private static Map<Integer, Map<String, Object>> figures(Ledger ledger) {
        Map<Integer, Map<String, Object>> figures = new LinkedHashMap<>();
        YEARS.forEach(year -> figures.put(year, ledger.figures(year)));
        return figures;
    }

    /** Every version the partitions of the years hold, whatever pages the batches made of them. */
    private List<RecordVersion> versions() {
        return versions(YEARS);
    }

    private List<RecordVersion> versions(List<Integer> years) {
        List<RecordVersion> versions = new ArrayList<>();
        years.forEach(year -> mongo.getCollection(Partitions.ofYear(null, year, generations.active())).find()
                .forEach(page -> VersionPages.versions(page, versions::add)));
        versions.sort(Comparator.comparing(RecordVersion::id));
        return versions;
    }

    private Map<String, List<Document>> reports() {
        Map<String, List<Document>> reports = new LinkedHashMap<>();
        REPORT_COLLECTIONS.forEach(collection -> reports.put(collection, mongo.find(new Query().with(Sort.by("_id")),
                Document.class, generations.active(collection))));
        return reports;
    }
}
