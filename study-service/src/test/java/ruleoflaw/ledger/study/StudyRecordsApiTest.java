package ruleoflaw.ledger.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;

/**
 * Exams, court-hearing attendances, decision meetings and integrity work through the service: each is recorded
 * (201 and its Location), read back with its Chinese intact, and refused with a 400 naming the field when it breaks
 * its main rule, in which case nothing is recorded.
 */
class StudyRecordsApiTest extends RecordsApiSupport {

    private static final String EXAMS = "/api/study/exams";
    private static final String HEARINGS = "/api/study/hearings";
    private static final String MEETINGS = "/api/study/meetings";
    private static final String INTEGRITY = "/api/study/integrity";

    @Override
    protected String recorder() {
        return "学法专员";
    }

    @Test
    void aLawExamIsRecordedAndReadBack() {
        long before = stored("study.exam");

        String id = recorded(EXAMS, """
                {"heldOn":"2024-11-20","title":"年度法治理论知识考试","eligible":20,"participants":20,"passed":20,
                 "averageScore":92.5}""");

        Map<String, Object> record = fetched(EXAMS, id);
        assertThat(record).containsEntry("title", "年度法治理论知识考试").containsEntry("heldOn", "2024-11-20")
                .containsEntry("eligible", 20).containsEntry("participants", 20).containsEntry("passed", 20)
                .containsEntry("averageScore", 92.5);
        assertThat(stored("study.exam")).isEqualTo(before + 1);
    }

    @Test
    void aLawExamThatStatesNoCountIsRecordedAndReadBackWithoutThemAndSoIsItsCorrection() {
        String id = recorded(EXAMS, """
                {"heldOn":"2024-11-22","title":"法治理论知识考试"}""");

        assertThat(fetched(EXAMS, id)).containsEntry("title", "法治理论知识考试").containsEntry("format", "OFFLINE")
                .doesNotContainKeys("eligible", "participants", "passed", "averageScore");

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, EXAMS + "/" + id, """
                {"expectedVersion":0,"reason":"补录通过人数","record":{"heldOn":"2024-11-22","title":"法治理论知识考试",
                 "passed":18,"format":"ONLINE"}}""");
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).containsEntry("passed", 18)
                .containsEntry("format", "ONLINE").doesNotContainKeys("eligible", "participants");
    }

    @Test
    void anExamOfUnknownFormatIsRefusedNamingFormat() {
        ResponseEntity<Map> response = send(HttpMethod.POST, EXAMS, """
                {"heldOn":"2024-11-20","title":"年度法治理论知识考试","format":"HYBRID"}""");

        assertThat(fields(response)).containsExactly("format");
    }

    @Test
    void moreExamParticipantsThanEligibleStaffAreRefusedNamingParticipantsAndNothingIsRecorded() {
        long before = stored("study.exam");

        ResponseEntity<Map> response = send(HttpMethod.POST, EXAMS, """
                {"heldOn":"2024-11-20","title":"年度法治理论知识考试","eligible":20,"participants":21,"passed":20}""");

        assertThat(fields(response)).containsExactly("participants");
        assertThat(stored("study.exam")).isEqualTo(before);
    }

    @Test
    void aCorrectionGivingMoreExamPassesThanParticipantsIsRefusedAndTheExamStaysAsItWas() {
        String id = recorded(EXAMS, """
                {"heldOn":"2024-11-21","title":"法治理论知识补考","eligible":5,"participants":5,"passed":4}""");

        ResponseEntity<Map> response = send(HttpMethod.PUT, EXAMS + "/" + id, """
                {"expectedVersion":0,"reason":"通过人数","record":{"heldOn":"2024-11-21","title":"法治理论知识补考",
                 "eligible":5,"participants":5,"passed":6}}""");

        assertThat(fields(response)).containsExactly("passed");
        Map<String, Object> entry = get(EXAMS + "/" + id).getBody();
        assertThat(entry).containsEntry("version", 0);
        assertThat((Map<String, Object>) entry.get("record")).containsEntry("passed", 4);
    }

    @Test
    void aCourtHearingAttendanceIsRecordedAndReadBack() {
        long before = stored("study.hearing");

        String id = recorded(HEARINGS, """
                {"attendedOn":"2024-06-18","title":"旁听行政诉讼案件庭审","court":"某市中级人民法院",
                 "caseReference":"(2024)某01行初12号","attendees":15,"online":true}""");

        assertThat(fetched(HEARINGS, id)).containsEntry("title", "旁听行政诉讼案件庭审").containsEntry("court", "某市中级人民法院")
                .containsEntry("caseReference", "(2024)某01行初12号").containsEntry("attendees", 15)
                .containsEntry("online", true);
        assertThat(stored("study.hearing")).isEqualTo(before + 1);
    }

    @Test
    void aHearingAttendanceThatDoesNotStateHowManyWentIsRecordedAndReadBackWithoutIt() {
        String id = recorded(HEARINGS, """
                {"attendedOn":"2024-06-19","title":"旁听行政诉讼案件庭审","court":"某市中级人民法院","online":false}""");

        assertThat(fetched(HEARINGS, id)).containsEntry("court", "某市中级人民法院").doesNotContainKey("attendees");
    }

    @Test
    void aHearingAttendanceWithoutACourtIsRefusedNamingCourtAndNothingIsRecorded() {
        long before = stored("study.hearing");

        ResponseEntity<Map> response = send(HttpMethod.POST, HEARINGS, """
                {"attendedOn":"2024-06-18","title":"旁听行政诉讼案件庭审","attendees":15,"online":false}""");

        assertThat(fields(response)).containsExactly("court");
        assertThat(stored("study.hearing")).isEqualTo(before);
    }

    @Test
    void aDecisionMeetingIsRecordedAndReadBack() {
        long before = stored("governance.meeting");

        String id = recorded(MEETINGS, """
                {"kind":"PARTY_GROUP","heldOn":"2024-01-15","title":"2024年第1次党组会",
                 "topics":["研究年度法治政府建设工作要点","审议重大行政决策事项"],"decisions":2}""");

        assertThat(fetched(MEETINGS, id)).containsEntry("kind", "PARTY_GROUP").containsEntry("title", "2024年第1次党组会")
                .containsEntry("topics", List.of("研究年度法治政府建设工作要点", "审议重大行政决策事项"))
                .containsEntry("decisions", 2);
        assertThat(stored("governance.meeting")).isEqualTo(before + 1);
    }

    @Test
    void aDecisionMeetingThatDoesNotStateItsDecisionsIsRecordedAndReadBackWithoutThem() {
        String id = recorded(MEETINGS, """
                {"kind":"DIRECTOR_OFFICE","heldOn":"2024-01-22","title":"2024年第1次局长办公会"}""");

        assertThat(fetched(MEETINGS, id)).containsEntry("kind", "DIRECTOR_OFFICE").doesNotContainKey("decisions");
    }

    @Test
    void aMeetingOfAnUnknownKindIsRefusedNamingKindAndNothingIsRecorded() {
        long before = stored("governance.meeting");

        ResponseEntity<Map> response = send(HttpMethod.POST, MEETINGS, """
                {"kind":"PICNIC","heldOn":"2024-01-15","title":"春游","decisions":0}""");

        assertThat(fields(response)).containsExactly("kind");
        assertThat(stored("governance.meeting")).isEqualTo(before);
    }

    @Test
    void integrityWorkIsRecordedAndReadBack() {
        long before = stored("governance.integrity");

        String id = recorded(INTEGRITY, """
                {"kind":"INTEGRITY_TALK","heldOn":"2024-04-10","title":"对新任职干部开展廉政约谈","persons":6}""");

        assertThat(fetched(INTEGRITY, id)).containsEntry("kind", "INTEGRITY_TALK")
                .containsEntry("title", "对新任职干部开展廉政约谈").containsEntry("persons", 6);
        assertThat(stored("governance.integrity")).isEqualTo(before + 1);
    }

    @Test
    void anIntegrityTalkWithoutPersonsIsRefusedNamingPersonsAndNothingIsRecorded() {
        long before = stored("governance.integrity");

        ResponseEntity<Map> response = send(HttpMethod.POST, INTEGRITY, """
                {"kind":"INTEGRITY_TALK","heldOn":"2024-04-10","title":"廉政约谈"}""");

        assertThat(fields(response)).containsExactly("persons");
        assertThat(stored("governance.integrity")).isEqualTo(before);
    }
}
