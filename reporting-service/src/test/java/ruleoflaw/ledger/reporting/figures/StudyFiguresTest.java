package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures of the forms of study other departments' reports name, and of counts they may leave unstated: a figure
 * built from a count a record leaves out is unknown (null), not 0.
 */
class StudyFiguresTest {

    private final List<RecordVersion> records = new ArrayList<>();

    @Test
    void theAttendanceOfLearningSessionsIsTheirSumAndUnknownWhenOneLeavesItOut() {
        session("COLLECTIVE_STUDY", 18, null, "OFFLINE");
        session("CENTRAL_GROUP_STUDY", 12, null, "ONLINE");
        session("WARNING_EDUCATION", null, null, "OFFLINE"); // not a learning session: its attendance is not asked

        assertThat(value("study.sessions.attendees")).isEqualTo(30L);
        assertThat(value("study.sessions.online")).isEqualTo(1);

        session("GROUP_STUDY", null, null, "OFFLINE");

        assertThat(value("study.sessions.attendees")).isNull();
        assertThat(value("study.sessions.total")).isEqualTo(3);
        assertThat(evidence("study.sessions.attendees")).hasSize(3);
    }

    @Test
    void theNewFormsOfStudyAreCountedEachOnItsOwnAndNotAsLearningSessions() {
        session("THEMATIC_STUDY", 15, null, "OFFLINE");
        session("THEMATIC_STUDY", 16, null, "ONLINE");
        session("FIRST_TOPIC_STUDY", 9, null, "OFFLINE");
        session("THREE_MEETINGS_ONE_LESSON", null, null, "OFFLINE");
        session("LAW_LECTURE", 40, null, "OFFLINE");

        assertThat(value("study.sessions.thematic")).isEqualTo(2);
        assertThat(value("study.sessions.firstTopic")).isEqualTo(1);
        assertThat(value("study.sessions.threeMeetingsOneLesson")).isEqualTo(1);
        assertThat(value("study.lectures.lawLectures")).isEqualTo(1);
        assertThat(value("study.sessions.total")).isEqualTo(0);
        assertThat(value("study.sessions.online")).isEqualTo(0);
        assertThat(value("study.sessions.attendees")).isEqualTo(0L);
    }

    @Test
    void aTrainingsParticipationRateIsItsAttendeesOverThoseWhoShouldHaveAttended() {
        session("SPECIAL_TRAINING", 30, 30, "OFFLINE");

        assertThat(value("study.training.participationPct")).isEqualTo(100.0);

        session("SPECIAL_TRAINING", 27, 32, "ONLINE");

        assertThat(value("study.training.participationPct")).isEqualTo(91.9); // 57 / 62
        assertThat(value("study.sessions.training")).isEqualTo(2);
    }

    @Test
    void aTrainingThatDoesNotSayHowManyShouldHaveAttendedLeavesTheRateUnknown() {
        session("SPECIAL_TRAINING", 30, 30, "OFFLINE");
        session("SPECIAL_TRAINING", 25, null, "OFFLINE");
        session("COLLECTIVE_STUDY", 18, null, "OFFLINE"); // not a training: no rate asked of it

        assertThat(value("study.training.participationPct")).isNull();
        assertThat(value("study.sessions.attendees")).isEqualTo(73L);
    }

    @Test
    void theAverageScoreIsWeightedByParticipants() {
        exam(10, 80.0, null);
        exam(30, 90.0, "ONLINE");

        assertThat(value("study.exams.averageScore")).isEqualTo(87.5);
        assertThat(value("study.exams.online")).isEqualTo(1);
        assertThat(value("study.exams.held")).isEqualTo(2);
    }

    @Test
    void aYearWithoutExamsHasAnAverageScoreOfZeroAsAnyFigureWhereNothingHappened() {
        assertThat(value("study.exams.averageScore")).isEqualTo(0.0);
    }

    @Test
    void anExamThatLeavesItsCountsOutLeavesItsRatesUnknownButIsCounted() {
        exam(20, 92.5, "OFFLINE");
        exam(null, null, "OFFLINE");

        assertThat(value("study.exams.held")).isEqualTo(2);
        assertThat(value("study.exams.passPct")).isNull();
        assertThat(value("study.exams.participationPct")).isNull();
        assertThat(value("study.exams.averageScore")).isNull();
    }

    @Test
    void theMeetingsDecisionsAreSummedAndUnknownWhenOneLeavesThemOut() {
        meeting("PARTY_GROUP", 2);
        meeting("DIRECTOR_OFFICE", 3);

        assertThat(value("governance.meetings.decisions")).isEqualTo(5L);

        meeting("TOPIC", null);

        assertThat(value("governance.meetings.decisions")).isNull();
        assertThat(value("governance.meetings.topic")).isEqualTo(1);
    }

    private Number value(String key) {
        return figure(key).compute(records).value();
    }

    private List<RecordVersion> evidence(String key) {
        return figure(key).compute(records).evidence();
    }

    private static Figure figure(String key) {
        return new StudyFigures().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private void session(String kind, Integer attendees, Integer required, String format) {
        Map<String, Object> facts = new HashMap<>(Map.of("kind", kind, "title", "学习《中华人民共和国宪法》",
                "heldOn", "2024-03-12", "format", format));
        stated(facts, "attendees", attendees);
        stated(facts, "required", required);
        add("study.session", "2024-03-12", facts);
    }

    private void exam(Integer participants, Double averageScore, String format) {
        Map<String, Object> facts = new HashMap<>(Map.of("title", "年度法治理论知识考试", "heldOn", "2024-11-20"));
        stated(facts, "eligible", participants);
        stated(facts, "participants", participants);
        stated(facts, "passed", participants);
        stated(facts, "averageScore", averageScore);
        stated(facts, "format", format);
        add("study.exam", "2024-11-20", facts);
    }

    private void meeting(String kind, Integer decisions) {
        Map<String, Object> facts = new HashMap<>(Map.of("kind", kind, "title", "会议", "heldOn", "2024-01-15"));
        stated(facts, "decisions", decisions);
        add("governance.meeting", "2024-01-15", facts);
    }

    /** A count left out is absent from the facts, as the REST body leaves it out. */
    private static void stated(Map<String, Object> facts, String field, Object value) {
        if (value != null) {
            facts.put(field, value);
        }
    }

    private void add(String type, String date, Map<String, Object> facts) {
        String id = type + "-" + records.size();
        records.add(new RecordVersion(id, id, type, 0, date, 2024, Instant.EPOCH, "学法专员", null, "recorded", null,
                false, String.valueOf(facts.get("title")), facts));
    }
}
