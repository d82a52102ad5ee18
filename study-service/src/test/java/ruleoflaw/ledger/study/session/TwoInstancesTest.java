package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;
import ruleoflaw.ledger.platform.testing.TestGateway;
import ruleoflaw.ledger.study.StudyServiceApplication;

/**
 * Two instances of study-service on one event store (issue 26): each has its own Axon, whose locks keep only its own
 * commands of a record in turn, so two of them both append the record's next event and PostgreSQL's unique
 * (aggregate, sequence) index refuses one. The refused request is run again, never answered 500: a correction then
 * meets the record's new version (409 Stale version, the documented answer), a creation with the same Record-Id
 * finds the record recorded (200 Record-Already-Present). The event stream has neither gap nor duplicate.
 * Records in a department of their own, {@code h3-instances}.
 */
@SuppressWarnings("rawtypes")
class TwoInstancesTest {

    private static final String SESSION = """
            {"kind":"GROUP_STUDY","title":"两个实例同时记录的学法","heldOn":"2024-06-%02d","attendees":%d}""";
    private static final int CLIENTS = 8;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static List<TestRestTemplate> instances;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstances() {
        first = start("study-service-1");
        second = start("study-service-2");
        instances = List.of(client(first), client(second));
        jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void concurrentCorrectionsOfOneRecordOnTwoInstancesAnswerOnceOkAndOtherwiseStaleVersion() throws Exception {
        ResponseEntity<Map> created = instances.get(0).postForEntity("/api/study/sessions",
                new HttpEntity<>(SESSION.formatted(1, 10), headers("two-instances-" + UUID.randomUUID())), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");

        for (long version = 0; version < 3; version++) {
            long expected = version;
            List<ResponseEntity<Map>> answers = concurrently(n -> instances.get(n % 2).exchange(
                    "/api/study/sessions/" + id, HttpMethod.PUT, new HttpEntity<>("""
                            {"expectedVersion":%d,"reason":"更正人数（第%d轮）","record":%s}"""
                            .formatted(expected, expected, SESSION.formatted(1, 11 + n)),
                            headers("correct-" + UUID.randomUUID())), Map.class));

            assertThat(answers).extracting(ResponseEntity::getStatusCode).as(bodies(answers))
                    .containsOnly(HttpStatus.OK, HttpStatus.CONFLICT);
            assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.OK).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
                    .as("the losers met the winner's version")
                    .allSatisfy(answer -> {
                        assertThat(answer.getBody().get("title")).isEqualTo("Stale version");
                        assertThat(answer.getBody().get("currentVersion")).isEqualTo((int) expected + 1);
                    });
        }
        assertThat(sequenceNumbers(id)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void concurrentCreationsOfOneRecordIdOnTwoInstancesRecordItOnceAndTellTheOthersItIsPresent() throws Exception {
        String id = "two-instances-" + UUID.randomUUID();
        String body = SESSION.formatted(2, 12);

        List<ResponseEntity<Map>> answers = concurrently(n -> {
            HttpHeaders headers = headers("create-" + UUID.randomUUID());
            headers.set("Record-Id", id);
            return instances.get(n % 2).postForEntity("/api/study/sessions", new HttpEntity<>(body, headers),
                    Map.class);
        });

        assertThat(answers).extracting(ResponseEntity::getStatusCode).as(bodies(answers))
                .containsOnly(HttpStatus.CREATED, HttpStatus.OK);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CREATED).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.OK)
                .allSatisfy(answer -> assertThat(answer.getHeaders().getFirst("Record-Already-Present"))
                        .isEqualTo("true"));
        assertThat(sequenceNumbers(id)).containsExactly(0L);
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where record_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aRequestThatKeepsLosingIsAnswered503AndKeepsNothingForItsKey() {
        String id = "always-loses-" + UUID.randomUUID();
        String key = "loses-" + UUID.randomUUID();
        HttpHeaders headers = headers(key);
        headers.set("Record-Id", id);
        HttpEntity<String> request = new HttpEntity<>(SESSION.formatted(3, 13), headers);
        // as if another instance appended the record's first event each time, just before this one
        jdbc.execute("""
                create function another_instance_was_first() returns trigger language plpgsql as $$
                begin raise exception using errcode = 'unique_violation', message = 'another instance was first (test)';
                end $$""");
        try {
            jdbc.execute("""
                    create trigger another_instance_was_first before insert on domain_event_entry for each row
                    when (new.aggregate_identifier like 'always-loses-%') execute function another_instance_was_first()""");

            ResponseEntity<Map> busy = instances.get(0).postForEntity("/api/study/sessions", request, Map.class);

            assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(busy.getBody().get("title")).isEqualTo("Record busy");
            assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(busy.getHeaders().getFirst("X-Request-Id")).as("kept through the runs").isNotBlank();
        } finally {
            jdbc.execute("drop trigger if exists another_instance_was_first on domain_event_entry");
            jdbc.execute("drop function another_instance_was_first()");
        }

        ResponseEntity<Map> again = instances.get(1).postForEntity("/api/study/sessions", request, Map.class);

        assertThat(again.getStatusCode()).as("nothing was kept for the key").isEqualTo(HttpStatus.CREATED);
        assertThat(sequenceNumbers(id)).containsExactly(0L);
    }

    private interface Request {
        ResponseEntity<Map> send(int n);
    }

    /** Sends {@link #CLIENTS} requests at once, alternately to each instance. */
    private static List<ResponseEntity<Map>> concurrently(Request request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<ResponseEntity<Map>>> calls = new ArrayList<>();
            for (int n = 0; n < CLIENTS; n++) {
                int client = n;
                calls.add(() -> request.send(client));
            }
            List<ResponseEntity<Map>> answers = new ArrayList<>();
            for (Future<ResponseEntity<Map>> answer : clients.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static List<Long> sequenceNumbers(String id) {
        List<Long> sequence = jdbc.queryForList("select sequence_number from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, id);
        assertThat(sequence).as("no gap, no duplicate")
                .isEqualTo(LongStream.range(0, sequence.size()).boxed().toList());
        return sequence;
    }

    private static String bodies(List<ResponseEntity<Map>> answers) {
        return answers.stream().map(answer -> answer.getStatusCode() + " " + answer.getBody()).toList().toString();
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = TestGateway.inDepartment("h3-instances", false, "法制科赵六", "recorder");
        headers.set("Idempotency-Key", key);
        return headers;
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(StudyServiceApplication.class)
                .initializers(new TestBackendsInitializer())
                .run("--server.port=0", "--ledger.instance.name=" + name);
    }

    private static TestRestTemplate client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    }
}
