package ruleoflaw.ledger.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewRecorded;
import ruleoflaw.ledger.contracts.litigation.ReviewKind;
import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Input that was once coerced, or acknowledged and then lost, is refused with the field named, and nothing is
 * recorded: a NUL in a text (PostgreSQL cannot store it; the service answered 201 and the write rolled back), a key
 * given twice, a timestamp or a day count for a date, a number for a choice, a fraction or a string for a count, a
 * field the record does not have, a body in another charset than UTF-8. A failure of the record index in the
 * command's transaction fails the request instead of being answered 201. A record id chosen by the writer holds one
 * record: the same again is "already present", another record under it (of any context) a conflict.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class HostileInputTest extends RecordsApiSupport {

    private static final String SESSIONS = "/api/study/sessions";
    private static final String TYPE = "study.session";

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;

    @Override
    protected String recorder() {
        return "法制科测试员";
    }

    /** A study session in 2019 with one field replaced by {@code field} written as raw JSON. */
    private static String session(String field, String rawValue) {
        Map<String, String> body = new java.util.LinkedHashMap<>(Map.of(
                "kind", "\"COLLECTIVE_STUDY\"", "title", "\"学习《中华人民共和国宪法》\"", "heldOn", "\"2019-03-12\"",
                "attendees", "20", "laws", "[\"中华人民共和国宪法\"]"));
        body.put(field, rawValue);
        StringBuilder json = new StringBuilder("{");
        body.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(value));
        return json.append('}').toString();
    }

    @ParameterizedTest(name = "{0} = {1}: refused naming {0}")
    @CsvSource(delimiter = '|', value = {
            "title     | \"学习\\u0000宪法\"",
            "title     | \"学习\\u0007宪法\"",
            "title     | \"\\ud800宪法\"",
            "laws[0]   | [\"宪法\\u0000\"]",
            "heldOn    | \"2019-03-12T00:00:00Z\"",
            "heldOn    | 17967",
            "kind      | 5",
            "attendees | 20.5",
            "attendees | \"20\"",
            "attendees | true"})
    void aValueOfTheWrongKindIsRefusedNotCoerced(String field, String rawValue) {
        String name = field.replaceAll("\\[\\d+]", "");
        String json = name.equals(field) ? session(field, rawValue) : session(name, rawValue);
        long before = stored(TYPE);

        ResponseEntity<Map> response = send(HttpMethod.POST, SESSIONS, json);

        assertThat(fields(response)).containsExactly(field);
        assertThat(stored(TYPE)).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceOrAFieldTheRecordDoesNotHaveIsRefused() {
        long before = stored(TYPE);
        String twice = session("title", "\"学习宪法\"").replace("{", "{\"title\":\"另一个标题\",");
        assertThat(fields(send(HttpMethod.POST, SESSIONS, twice))).containsExactly("title");

        ResponseEntity<Map> unknown = send(HttpMethod.POST, SESSIONS, session("venue", "\"三楼会议室\""));
        assertThat(fields(unknown)).containsExactly("venue");
        assertThat(unknown.getBody().get("detail").toString()).contains("not a field of this record");
        assertThat(stored(TYPE)).isEqualTo(before);
    }

    @Test
    void aReasonWithANulIsRefusedAndTheRecordStaysAsItWas() {
        String id = recorded(SESSIONS, session("title", "\"学习《中华人民共和国民法典》\""));
        ResponseEntity<Map> correction = send(HttpMethod.PUT, SESSIONS + "/" + id,
                "{\"reason\":\"日期\\u0000录错\",\"details\":" + session("heldOn", "\"2019-03-13\"") + "}");
        assertThat(fields(correction)).containsExactly("reason");
        ResponseEntity<Map> withdrawal = send(HttpMethod.POST, SESSIONS + "/" + id + "/withdrawal",
                "{\"reason\":\"重复\\u0000录入\"}");
        assertThat(fields(withdrawal)).containsExactly("reason");
        assertThat(fetched(SESSIONS, id)).containsEntry("heldOn", "2019-03-12");
    }

    @Test
    void theSameRecordAgainIsAlreadyPresentAndAnIdHoldingAnotherRecordOfAnyContextIsAConflict() {
        String id = "hostile-" + UUID.randomUUID();
        String body = session("title", "\"学习《中华人民共和国行政诉讼法》\"");
        assertThat(post(id, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> again = post(id, body.replace("行政诉讼法》", "行政诉讼法》  "));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getHeaders().getFirst("Record-Already-Present")).isEqualTo("true");
        assertThat(again.getBody()).containsEntry("id", id);

        ResponseEntity<Map> other = post(id, session("title", "\"学习《中华人民共和国行政复议法》\""));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getBody().get("detail").toString()).contains("is taken by a study.session record");

        // a legal review litigation-service recorded in the same event store, under an id the file chose
        String review = "kjj-2025-review-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("LegalReview",
                review, 0, new LegalReviewRecorded(review, new LegalReviewDetails(ReviewKind.CONTRACT, "技术服务合同",
                        LocalDate.of(2019, 5, 20), "合法")), MetaData.with("recordedBy", "法务"))));
        long before = stored(TYPE);
        ResponseEntity<Map> elsewhere = post(review, session("title", "\"学习《中华人民共和国民法典》合同编\""));
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(elsewhere.getBody().get("detail").toString()).contains("is taken by a legal.review record");
        assertThat(stored(TYPE)).isEqualTo(before);
    }

    private ResponseEntity<Map> post(String recordId, String json) {
        HttpHeaders headers = TestGateway.as(recorder(), "recorder");
        headers.set("Record-Id", recordId);
        return http.exchange(SESSIONS, HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
    }

    @Test
    void theServletsErrorPathAskedForDirectlyIsNotFoundWithAProblemBody() {
        ResponseEntity<Map> response = http.getForEntity("/error", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aYearInHexadecimalIsNotAYear() {
        assertThat(fields(get(SESSIONS + "?year=0x7e8"))).containsExactly("year");
        assertThat(fields(get(SESSIONS + "?year=#7E8"))).containsExactly("year");
        assertThat(get(SESSIONS + "?year=2024").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLocationOfARecordIsItsPublicPathAlsoWhenTheAnswerIsReplayed() {
        HttpHeaders headers = TestGateway.as(recorder(), "recorder");
        headers.set("Idempotency-Key", "location-" + UUID.randomUUID());
        String body = session("title", "\"学习《中华人民共和国立法法》\"");
        ResponseEntity<Map> first = http.exchange(SESSIONS, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String expected = SESSIONS + "/" + first.getBody().get("id");
        assertThat(first.getHeaders().getFirst("Location")).as("no service address").isEqualTo(expected);

        ResponseEntity<Map> replayed = http.exchange(SESSIONS, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getHeaders().getFirst("Location")).isEqualTo(expected);
    }

    @Test
    void tabsAndLineBreaksAreText() {
        String id = recorded(SESSIONS, session("title", "\"学习宪法\\n第二讲\\t（续）\""));
        assertThat(fetched(SESSIONS, id)).containsEntry("title", "学习宪法\n第二讲\t（续）");
    }

    @Test
    void aBodyInAnotherCharsetThanUtf8IsRefused() {
        long before = stored(TYPE);
        HttpHeaders headers = TestGateway.as(recorder(), "recorder");
        headers.setContentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.ISO_8859_1));
        ResponseEntity<Map> response = http.exchange(SESSIONS, HttpMethod.POST,
                new HttpEntity<>(session("title", "\"Constitution\"").getBytes(StandardCharsets.ISO_8859_1), headers),
                Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(stored(TYPE)).isEqualTo(before);
    }

    @Test
    void aRecordIndexThatCannotBeWrittenFailsTheRequestAndNothingIsRecorded() {
        jdbc.execute("alter table ledger_record add constraint hostile_input_test check (title <> '索引写不进去')");
        try {
            long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            ResponseEntity<Map> response = send(HttpMethod.POST, SESSIONS, session("title", "\"索引写不进去\""));
            assertThat(response.getStatusCode().is5xxServerError()).as(String.valueOf(response.getBody())).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        } finally {
            jdbc.execute("alter table ledger_record drop constraint hostile_input_test");
        }
    }
}
