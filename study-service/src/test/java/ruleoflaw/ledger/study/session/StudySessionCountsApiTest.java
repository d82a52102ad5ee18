package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;

/**
 * A session's attendance may be left unstated (recorded, read back without it, not as 0), a training may say how
 * many should have attended, and the forms of study other departments' reports name are kinds of session.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class StudySessionCountsApiTest extends RecordsApiSupport {

    private static final String SESSIONS = "/api/study/sessions";

    @Override
    protected String recorder() {
        return "学法专员";
    }

    @Test
    void aSessionThatDoesNotStateItsAttendanceIsRecordedAndReadBackWithoutIt() {
        long before = stored("study.session");

        String id = recorded(SESSIONS, """
                {"kind":"FIRST_TOPIC_STUDY","title":"第一议题：学习习近平法治思想","heldOn":"2024-02-05",
                 "laws":["习近平法治思想"]}""");

        Map<String, Object> record = fetched(SESSIONS, id);
        assertThat(record).containsEntry("kind", "FIRST_TOPIC_STUDY").containsEntry("title", "第一议题：学习习近平法治思想")
                .containsEntry("format", "OFFLINE").doesNotContainKeys("attendees", "required");
        assertThat(stored("study.session")).isEqualTo(before + 1);
    }

    @Test
    void anAttendanceGivenAsNullIsNotStatedEither() {
        String id = recorded(SESSIONS, """
                {"kind":"COLLECTIVE_STUDY","title":"学习《中华人民共和国宪法》","heldOn":"2024-02-06","attendees":null}""");

        assertThat(fetched(SESSIONS, id)).doesNotContainKey("attendees");
    }

    @Test
    void aCorrectionMayLeaveTheAttendanceOutToo() {
        String id = recorded(SESSIONS, """
                {"kind":"THEMATIC_STUDY","title":"专题学法：行政复议法","heldOn":"2024-03-05","attendees":12}""");

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"expectedVersion":0,"reason":"实到人数未统计","record":{"kind":"THEMATIC_STUDY",
                 "title":"专题学法：行政复议法","heldOn":"2024-03-05"}}""");

        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).doesNotContainKey("attendees");
        assertThat((Map<String, Object>) get(SESSIONS + "/" + id).getBody().get("record"))
                .containsEntry("title", "专题学法：行政复议法").doesNotContainKey("attendees");
    }

    @Test
    void aTrainingSaysHowManyShouldHaveAttended() {
        String id = recorded(SESSIONS, """
                {"kind":"SPECIAL_TRAINING","title":"法治专题培训：行政执法规范","heldOn":"2024-06-12","attendees":28,
                 "required":30,"format":"ONLINE"}""");

        assertThat(fetched(SESSIONS, id)).containsEntry("attendees", 28).containsEntry("required", 30)
                .containsEntry("format", "ONLINE");
    }

    @Test
    void moreAttendeesThanShouldHaveAttendedAreRefusedNamingAttendeesAndNothingIsRecorded() {
        long before = stored("study.session");

        ResponseEntity<Map> response = send(HttpMethod.POST, SESSIONS, """
                {"kind":"SPECIAL_TRAINING","title":"法治专题培训","heldOn":"2024-06-12","attendees":31,"required":30}""");

        assertThat(fields(response)).containsExactly("attendees");
        assertThat(stored("study.session")).isEqualTo(before);
    }

    @Test
    void theFormsOfStudyTheReportsNameAreKindsOfSession() {
        for (String kind : new String[] {"THEMATIC_STUDY", "FIRST_TOPIC_STUDY", "THREE_MEETINGS_ONE_LESSON", "LAW_LECTURE"}) {
            String id = recorded(SESSIONS, """
                    {"kind":"%s","title":"学习《中华人民共和国宪法》","heldOn":"2024-04-09","attendees":15}""".formatted(kind));

            assertThat(fetched(SESSIONS, id)).containsEntry("kind", kind);
        }
    }
}
