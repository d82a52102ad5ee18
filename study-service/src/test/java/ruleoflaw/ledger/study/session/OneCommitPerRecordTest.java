package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * A record with an Idempotency-Key is one transaction: the key's claim, the event, the record index row and the stored
 * answer commit together or not at all (issue 25: one commit per record).
 */
@LedgerServiceTest
@SuppressWarnings("rawtypes")
class OneCommitPerRecordTest {

    private static final String SESSION = """
            {"kind":"GROUP_STUDY","title":"学习《中华人民共和国行政诉讼法》","heldOn":"2023-06-%02d","attendees":%d}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClaimTheEventTheIndexRowAndTheAnswerAreWrittenByOneTransaction() {
        String key = "one-commit-" + UUID.randomUUID();

        ResponseEntity<Map> response = post(key, SESSION.formatted(1, 8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        // xmin: the transaction that wrote the row as it stands (the answer is an update of the claim)
        String answer = jdbc.queryForObject("select xmin::text from idempotent_request where idempotency_key = ?",
                String.class, key);
        List<String> writers = jdbc.queryForList("""
                select xmin::text from domain_event_entry where aggregate_identifier = ?
                union all select xmin::text from ledger_record where record_id = ?""", String.class, id, id);
        assertThat(writers).hasSize(2).containsOnly(answer);
    }

    @Test
    void aFailureAfterTheEventIsWrittenKeepsNeitherClaimNorEventAndTheRetryRecordsIt() {
        String key = "answer-fails-" + UUID.randomUUID();
        long events = events();
        jdbc.execute("""
                create function refuse_the_answer() returns trigger language plpgsql as $$
                begin raise exception 'the answer cannot be kept (test)'; end $$""");
        try {
            jdbc.execute("""
                    create trigger refuse_the_answer before update on idempotent_request for each row
                    when (new.idempotency_key like 'answer-fails-%') execute function refuse_the_answer()""");

            ResponseEntity<Map> failed = post(key, SESSION.formatted(2, 9));

            assertThat(failed.getStatusCode().is5xxServerError()).as(String.valueOf(failed.getBody())).isTrue();
            assertThat(events()).as("the event written before the answer failed").isEqualTo(events);
            assertThat(jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?",
                    Long.class, key)).as("the claim").isZero();
        } finally {
            jdbc.execute("drop trigger if exists refuse_the_answer on idempotent_request");
            jdbc.execute("drop function refuse_the_answer()");
        }

        ResponseEntity<Map> retry = post(key, SESSION.formatted(2, 9));

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(events()).isEqualTo(events + 1);
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where record_id = ?", Long.class,
                retry.getBody().get("id"))).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesRecordOnceAndAllGetTheFirstAnswer() throws Exception {
        String key = "concurrent-" + UUID.randomUUID();
        String body = SESSION.formatted(3, 10);
        long events = events();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ResponseEntity<Map>>> attempts = IntStream.range(0, 6)
                    .<Callable<ResponseEntity<Map>>>mapToObj(n -> () -> post(key, body)).toList();
            List<ResponseEntity<Map>> answers = clients.invokeAll(attempts).stream().map(OneCommitPerRecordTest::get)
                    .toList();

            // each waits on the first one's uncommitted claim, then replays its answer
            assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
            assertThat(answers).extracting(answer -> answer.getBody().get("id")).containsOnly(
                    answers.get(0).getBody().get("id"));
            assertThat(answers).filteredOn(answer -> answer.getHeaders().containsKey("Idempotent-Replayed")).hasSize(5);
            assertThat(events()).isEqualTo(events + 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aCommandRefusedByItsRulesKeepsItsAnswerAndNothingElse() {
        String key = "refused-" + UUID.randomUUID();
        long events = events();

        ResponseEntity<Map> refused = post(key, SESSION.formatted(4, 0));
        ResponseEntity<Map> again = post(key, SESSION.formatted(4, 0));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(refused.getBody());
        assertThat(events()).isEqualTo(events);
    }

    private ResponseEntity<Map> post(String key, String body) {
        HttpHeaders headers = TestGateway.as("法制科赵六", "recorder");
        headers.set("Idempotency-Key", key);
        return http.postForEntity("/api/study/sessions", new HttpEntity<>(body, headers), Map.class);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
