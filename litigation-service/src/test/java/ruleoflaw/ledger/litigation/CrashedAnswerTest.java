package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * A service that dies after recording but before answering leaves its Idempotency-Key unanswered; the client's retry
 * with the same key must find the record of the first attempt, not record it twice.
 */
@LedgerServiceTest
@SuppressWarnings("rawtypes")
class CrashedAnswerTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryAfterACrashBetweenRecordingAndAnsweringRecordsNothingNew() {
        String body = LitigationRecordsApiTest.caseBody("(2014)渝0107行初3号", "2014-05-06");
        ResponseEntity<Map> first = post(body);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // the crash: the key's answer was never kept (its claim expired), the record was
        jdbc.update("delete from idempotent_request where idempotency_key = 'crash-2014-1'");

        ResponseEntity<Map> retry = post(body);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where year = 2014 and record_type = 'legal.case'",
                Long.class)).isEqualTo(1);
    }

    private ResponseEntity<Map> post(String body) {
        HttpHeaders headers = TestGateway.as("法务专员", "recorder");
        headers.set("Idempotency-Key", "crash-2014-1");
        return http.exchange("/api/litigation/cases", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }
}
