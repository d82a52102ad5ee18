package ruleoflaw.ledger.study.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawExamRecorded;
import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Exams stored before an exam said how it was sat, or could leave a count out, read as they were stored: their counts
 * as numbers, no format (read as in person, and not upcast, so that the export of an old data dir stays byte for
 * byte), and they can be corrected.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class LawExamStoredBeforeFormatTest extends RecordsApiSupport {

    private static final String EXAMS = "/api/study/exams";
    private static final String DETAILS = """
            {"heldOn":"2016-11-20","title":"年度法治理论知识考试","eligible":20,"participants":19,"passed":19,
             "averageScore":90.5}""";

    @Autowired
    EventStore eventStore;

    @Override
    protected String recorder() {
        return "学法专员";
    }

    @Test
    void anExamStoredBeforeReadsItsCountsAndNoFormatAndCanBeCorrected() {
        String id = "before-exam-format-" + UUID.randomUUID();
        appendOldShape(id, """
                {"examId":"%s","details":%s}""".formatted(id, DETAILS));
        index(id);

        LawExamDetails details = ((LawExamRecorded) eventStore.readEvents(id).asStream().toList().get(0).getPayload())
                .details();
        assertThat(details).isEqualTo(new LawExamDetails(LocalDate.of(2016, 11, 20), "年度法治理论知识考试", 20, 19, 19, 90.5,
                null));
        List<Map<String, Object>> history = http.exchange(EXAMS + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat((Map<String, Object>) history.get(0).get("record")).containsEntry("eligible", 20)
                .doesNotContainKey("format");

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, EXAMS + "/" + id, """
                {"expectedVersion":0,"reason":"实为线上考试","record":%s}""".formatted(
                DETAILS.replace("\"eligible\"", "\"format\":\"ONLINE\",\"eligible\"")));
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).containsEntry("format", "ONLINE")
                .containsEntry("participants", 19);
    }

    /** An exam's event as the ledger stored it before the simple record: its own type, no revision, no format. */
    private void appendOldShape(String id, String payload) {
        jdbc.update("""
                insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                    event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp)
                values (nextval('domain_event_entry_seq'), ?, 0, 'LawExam', ?, ?, null, ?, ?, ?)""",
                id, UUID.randomUUID().toString(), LawExamRecorded.class.getName(),
                payload.getBytes(StandardCharsets.UTF_8),
                """
                {"recordedBy":"学法专员","correlationId":"before-exam-format"}""".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2016-11-21T02:00:00Z").toString());
    }

    /** The exam's row in the record index as the old event made it. */
    private void index(String id) {
        Timestamp at = Timestamp.from(Instant.parse("2016-11-21T02:00:00Z"));
        jdbc.update("""
                insert into ledger_record (record_id, record_type, year, business_date, title, version, details,
                    recorded_at, recorded_by, changed_at, changed_by)
                values (?, 'study.exam', 2016, ?, '年度法治理论知识考试', 0, ?, ?, '学法专员', ?, '学法专员')""",
                id, LocalDate.of(2016, 11, 20), DETAILS, at, at);
    }
}
