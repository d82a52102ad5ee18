package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.SimpleRecordCorrected;
import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionFormat;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Study sessions gained {@code format} in revision 2 of their events. Sessions stored before (no revision, details
 * without the field) are read as held in person: by the event store, by the record itself when it is corrected, in
 * their history and in the record index. New sessions, and corrections of old ones, are stored as study's simple
 * record's events, whose details always say where the session was held.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class StudySessionFormatUpcastTest extends RecordsApiSupport {

    static final String SESSIONS = "/api/study/sessions";

    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    @Override
    protected String recorder() {
        return "学法专员";
    }

    @Test
    void aSessionStoredBeforeRevision2IsReadAsHeldInPersonAndCanBeCorrected() throws Exception {
        String id = "before-format-" + UUID.randomUUID();
        String details = """
                {"kind":"COLLECTIVE_STUDY","title":"学习《中华人民共和国宪法》","heldOn":"2016-03-16","organiser":"办公室",
                 "attendees":%d,"hours":2.0,"topics":[],"laws":["中华人民共和国宪法"]}""";
        appendOldShape(id, 0, StudySessionRecorded.class, """
                {"sessionId":"%s","details":%s}""".formatted(id, details.formatted(18)));
        appendOldShape(id, 1, StudySessionCorrected.class, """
                {"sessionId":"%s","reason":"参会人数录入有误","details":%s}""".formatted(id, details.formatted(20)));
        indexOldShape(id, details.formatted(20));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).extracting(event -> event.getPayloadType().getSimpleName())
                .containsExactly("StudySessionRecorded", "StudySessionCorrected");
        assertThat(((StudySessionRecorded) events.get(0).getPayload()).details())
                .extracting(StudySessionDetails::format, StudySessionDetails::attendees)
                .containsExactly(StudySessionFormat.OFFLINE, 18);
        assertThat(((StudySessionCorrected) events.get(1).getPayload()).details())
                .extracting(StudySessionDetails::format, StudySessionDetails::attendees)
                .containsExactly(StudySessionFormat.OFFLINE, 20);
        assertThat(jdbc.queryForList("select payload_revision from domain_event_entry where aggregate_identifier = ?",
                String.class, id)).as("upcasting is on reading; what is stored stays").containsOnlyNulls();

        List<Map<String, Object>> history = http.exchange(SESSIONS + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat(history).extracting(change -> ((Map<String, Object>) change.get("record")).get("format"))
                .containsExactly("OFFLINE", "OFFLINE");
        assertThat(history).extracting(change -> change.get("change")).containsExactly("recorded", "corrected");

        migrateIndexAsV4Does();
        assertThat((Map<String, Object>) get(SESSIONS + "/" + id).getBody().get("record"))
                .containsEntry("format", "OFFLINE").containsEntry("attendees", 20);

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"expectedVersion":1,"reason":"实为线上学习","record":%s}""".formatted(
                details.formatted(20).replace("\"attendees\"", "\"format\":\"ONLINE\",\"attendees\"")));
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getBody()).containsEntry("version", 2);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).containsEntry("format", "ONLINE")
                .containsEntry("title", "学习《中华人民共和国宪法》");
        assertThat(storedPayloadType(id, 2)).isEqualTo(SimpleRecordCorrected.class.getName());
        assertThat(storedDetails(id, 2).path("@class").asText()).isEqualTo(StudySessionDetails.class.getName());
        assertThat(storedDetails(id, 2).path("format").asText()).isEqualTo("ONLINE");
        assertThat(eventStore.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber))
                .as("the old events and the new correction read as one record").containsExactly(0L, 1L, 2L);
    }

    @Test
    void newSessionsSayWhereTheyWereHeldInPersonUnlessSaidOtherwise() throws Exception {
        String inPerson = recorded(SESSIONS, """
                {"kind":"SPECIAL_TRAINING","title":"行政执法专题培训","heldOn":"2016-05-10","attendees":30}""");
        String online = recorded(SESSIONS, """
                {"kind":"SPECIAL_TRAINING","title":"行政复议法线上专题培训","heldOn":"2016-06-10","attendees":45,"format":"ONLINE"}""");

        assertThat(storedPayloadType(inPerson, 0)).isEqualTo(SimpleRecordRecorded.class.getName());
        assertThat(storedDetails(inPerson, 0).path("format").asText()).isEqualTo("OFFLINE");
        assertThat(fetched(SESSIONS, inPerson)).containsEntry("format", "OFFLINE");
        assertThat(storedPayloadType(online, 0)).isEqualTo(SimpleRecordRecorded.class.getName());
        assertThat(storedDetails(online, 0).path("format").asText()).isEqualTo("ONLINE");
        assertThat(fetched(SESSIONS, online)).containsEntry("format", "ONLINE");

        ResponseEntity<Map> unknown = send(HttpMethod.POST, SESSIONS, """
                {"kind":"SPECIAL_TRAINING","title":"行政执法专题培训","heldOn":"2016-05-10","attendees":30,"format":"HYBRID"}""");
        assertThat(fields(unknown)).containsExactly("format");
    }

    /** An event as the ledger stored it before revision 2: no payload revision, details without a format. */
    private void appendOldShape(String id, long sequence, Class<?> type, String payload) {
        jdbc.update("""
                insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                values (nextval('domain_event_entry_seq'), ?, ?, 'StudySession', ?, ?, null, ?, ?, ?)""",
                id, sequence, UUID.randomUUID().toString(), type.getName(), payload.getBytes(StandardCharsets.UTF_8),
                """
                {"recordedBy":"学法专员","correlationId":"before-format"}""".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2016-03-17T02:00:00Z").plusSeconds(sequence).toString());
    }

    /** The session's row in the record index as the old events made it. */
    private void indexOldShape(String id, String details) {
        Timestamp at = Timestamp.from(Instant.parse("2016-03-17T02:00:01Z"));
        jdbc.update("""
                insert into ledger_record (record_id, record_type, year, business_date, title, version, details,
                    recorded_at, recorded_by, changed_at, changed_by)
                values (?, 'study.session', 2016, ?, '学习《中华人民共和国宪法》', 1, ?, ?, '学法专员', ?, '学法专员')""",
                id, LocalDate.of(2016, 3, 16), details, at, at);
    }

    /** What the V4 migration did to the index when the service was upgraded (it ran before this test's rows). */
    private void migrateIndexAsV4Does() throws Exception {
        jdbc.execute(new ClassPathResource("db/migration/study/V4__study_session_format.sql")
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String storedPayloadType(String id, long sequence) {
        return jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", String.class, id, sequence);
    }

    private JsonNode storedDetails(String id, long sequence) throws Exception {
        byte[] payload = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", byte[].class, id, sequence);
        return json.readTree(payload).path("details");
    }
}
