package ruleoflaw.ledger.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;
import ruleoflaw.ledger.reporting.ReportingServiceApplication;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.Partitions;
import ruleoflaw.ledger.reporting.records.VersionPages;

/**
 * Two reporting-service instances on the same stores: a rebuild started on one is seen, refused a second time and
 * switched to by both; figures read on either are those computed from the versions, whichever instance processed the
 * events and however often the records processor moved between them; a run whose instance died counts as failed.
 * Years 2080–2085.
 */
class TwoInstancesTest {

    private static final String REBUILD = "/api/reports/admin/rebuild";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        a = start("reporting-a", "--ledger.reporting.rebuild.batch-size=5");
        b = start("reporting-b");
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aRebuildStartedOnOneInstanceIsSeenAndRefusedOnTheOtherAndBothSwitch() {
        Ledger onA = ledger(a);
        Ledger onB = ledger(b);
        int sessions = 600;
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            String id = UUID.randomUUID().toString();
            events.add(Ledger.event("StudySession", id, 0,
                    Ledger.session(id, 2080, StudySessionKind.GROUP_STUDY, "中华人民共和国宪法")));
        }
        onA.publish(events);
        int before = a.getBean(Generations.class).active();
        awaitFigure(onA, 2080, "study.sessions.total", sessions);
        awaitFigure(onB, 2080, "study.sessions.total", sessions);

        ResponseEntity<Map> started = onA.exchange(HttpMethod.POST, REBUILD, "admin");

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody()).containsEntry("generation", before + 1).containsEntry("startedBy", "管理员");
        Map<String, Object> seenOnB = onB.get(REBUILD, "admin").getBody();
        assertThat(seenOnB).containsEntry("generation", before + 1).containsEntry("startedBy", "管理员");
        assertThat(seenOnB.get("phase")).isIn("REPLAYING", "SWITCHING");
        ResponseEntity<Map> second = onB.exchange(HttpMethod.POST, REBUILD, "admin");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("detail").toString()).contains("generation " + (before + 1))
                .contains("reporting-a");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("DONE", "FAILED").contains(onB.get(REBUILD, "admin").getBody().get("phase")));
        assertThat(onB.get(REBUILD, "admin").getBody()).containsEntry("phase", "DONE")
                .containsEntry("activeGeneration", before + 1).doesNotContainKey("error");
        Document run = mongo().getCollection(RebuildRuns.COLLECTION).find().first();
        assertThat(run.getList("paused", String.class)).as("both paused for the switch")
                .contains("reporting-a", "reporting-b");
        await().atMost(Duration.ofSeconds(5)).until(() -> b.getBean(Generations.class).active() == before + 1);
        assertThat(a.getBean(Generations.class).active()).isEqualTo(before + 1);
        assertThat(onA.figures(2080)).containsEntry("study.sessions.total", sessions);
        assertThat(onB.figures(2080)).containsEntry("study.sessions.total", sessions);

        String late = onB.session(2081);
        awaitFigure(onA, 2081, "study.sessions.total", 1);
        awaitFigure(onB, 2081, "study.sessions.total", 1);
        List<String> inNewGeneration = new ArrayList<>();
        mongo().getCollection(Partitions.ofYear(null, 2081, before + 1)).find()
                .forEach(page -> VersionPages.versions(page, version -> inNewGeneration.add(version.recordId())));
        assertThat(inNewGeneration).contains(late);
    }

    @Test
    void figuresReadOnEitherInstanceAreTheComputedOnesWhereverTheRecordsProcessorRan() {
        Ledger onA = ledger(a);
        Ledger onB = ledger(b);
        int year = 2085;
        int recorded = 0;
        for (ConfigurableApplicationContext processing : List.of(b, a, b)) {
            ConfigurableApplicationContext idle = processing == a ? b : a;
            idle.getBean(LiveProcessors.class).pause();
            processing.getBean(LiveProcessors.class).resume();
            for (int i = 0; i < 3; i++) {
                onA.session(year);
                recorded++;
            }
            int expected = recorded;
            awaitFigure(onA, year, "study.sessions.total", expected);
            awaitFigure(onB, year, "study.sessions.total", expected);
        }
        a.getBean(LiveProcessors.class).resume();
        b.getBean(LiveProcessors.class).resume();

        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            String department = instance.getBean(Departments.class).defaultCode();
            YearFigures figures = instance.getBean(YearFigures.class);
            assertThat(figures.current(department, year)).as("kept figures of %d", year)
                    .isEqualTo(figures.asOf(department, year, instance.getBean(Clock.class).instant()));
        }
    }

    @Test
    void aRunWhoseInstanceStoppedAnsweringCountsAsFailedAndANewOneMayStart() {
        Ledger onB = ledger(b);
        RebuildRuns runs = b.getBean(RebuildRuns.class);
        await().atMost(Duration.ofSeconds(120)).until(() -> runs.latest().map(RebuildRuns.Stored::finished).orElse(true));
        mongo().getCollection(RebuildRuns.COLLECTION).replaceOne(Filters.eq("_id", RebuildRuns.ID),
                new Document("_id", RebuildRuns.ID).append("runId", "killed").append("generation", 99)
                        .append("phase", "SWITCHING").append("instance", "reporting-killed").append("startedBy", "管理员")
                        .append("startedAt", new Date()).append("paused", List.of())
                        .append("heartbeat", new Date(System.currentTimeMillis() - 60_000)),
                new ReplaceOptions().upsert(true));

        Map<String, Object> progress = onB.get(REBUILD, "admin").getBody();
        assertThat(progress).containsEntry("phase", "FAILED");
        assertThat(progress.get("error").toString()).contains("reporting-killed");
        String taken = UUID.randomUUID().toString();
        assertThat(runs.claim(taken, 99, "reporting-b", "管理员")).isTrue();
        assertThat(a.getBean(RebuildRuns.class).claim(UUID.randomUUID().toString(), 99, "reporting-a", "管理员"))
                .as("one at a time").isFalse();
        runs.update(taken, Updates.set("phase", "FAILED")); // nothing runs it: leave it over
    }

    /** As {@link Ledger#awaitFigure}, with the patience of a machine that runs two instances and more. */
    private static void awaitFigure(Ledger ledger, int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> expected == ((Number) ledger.figures(year).get(key)).intValue());
    }

    private static ConfigurableApplicationContext start(String name, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--ledger.instance.name=" + name,
                "--ledger.reporting.generation-poll=PT0.2S"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(ReportingServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                .run(arguments.toArray(String[]::new));
    }

    private static Ledger ledger(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return new Ledger(instance.getBean(EventStore.class), instance.getBean(TransactionTemplate.class),
                new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    private static MongoTemplate mongo() {
        return a.getBean(MongoTemplate.class);
    }
}
