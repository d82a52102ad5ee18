package ruleoflaw.ledger.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;

/**
 * What a service's records API test does again and again: record as a recorder (201 and its Location), read back
 * as an auditor, see a refusal name its fields, count what is stored. Extend it and name the recorder.
 */
@LedgerServiceTest
public abstract class RecordsApiSupport {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Clock clock;

    /** Today for the service under test: its clock's day in China Standard Time. */
    protected LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** The user who records in this test (Chinese names on purpose). */
    protected abstract String recorder();

    protected String recorded(String path, String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, path, json);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(id).isNotBlank();
        assertThat(response.getHeaders().getLocation()).isNotNull();
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo(path + "/" + id);
        return id;
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> fetched(String path, String id) {
        ResponseEntity<Map> response = get(path + "/" + id);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("id", id).containsEntry("version", 0)
                .containsEntry("recordedBy", recorder()).containsEntry("withdrawn", false);
        return (Map<String, Object>) response.getBody().get("record");
    }

    /** The fields a 400 problem names. */
    @SuppressWarnings("unchecked")
    protected static List<Object> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    protected ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    protected ResponseEntity<Map> send(HttpMethod method, String path, String json) {
        return http.exchange(path, method, new HttpEntity<>(json, TestGateway.as(recorder(), "recorder")), Map.class);
    }

    protected long stored(String recordType) {
        return jdbc.queryForObject("select count(*) from ledger_record where record_type = ?", Long.class, recordType);
    }
}
