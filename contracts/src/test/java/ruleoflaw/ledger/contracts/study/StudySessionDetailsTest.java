package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.OFFLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.ONLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.CENTRAL_GROUP_STUDY;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.COLLECTIVE_STUDY;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.FIRST_TOPIC_STUDY;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.SPECIAL_TRAINING;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class StudySessionDetailsTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

    @Test
    void aSessionIsKeptWithEachLawOnceUnderItsFullNameAndItsTitleStripped() {
        StudySessionDetails written = new StudySessionDetails(COLLECTIVE_STUDY, " 学习《中华人民共和国宪法》 ", MARCH_12, "办公室",
                20, 2.0, List.of("宪法精神"), List.of("《宪法》", "中华人民共和国宪法", "《保守国家秘密法》"));

        assertThat(written.checked()).isEqualTo(new StudySessionDetails(COLLECTIVE_STUDY, "学习《中华人民共和国宪法》",
                MARCH_12, "办公室", 20, 2.0, List.of("宪法精神"), List.of("中华人民共和国宪法", "中华人民共和国保守国家秘密法"),
                OFFLINE));
    }

    @Test
    void aSessionHeldOnlineIsKeptSo() {
        StudySessionDetails online = new StudySessionDetails(COLLECTIVE_STUDY, "线上学习《中华人民共和国行政复议法》", MARCH_12,
                "办公室", 35, 1.5, List.of(), List.of("中华人民共和国行政复议法"), ONLINE);

        assertThat(online.checked()).isSameAs(online);
    }

    @Test
    void aSessionThatDoesNotSayWhereItWasHeldIsKeptAsHeldInPerson() {
        StudySessionDetails unsaid = new StudySessionDetails(CENTRAL_GROUP_STUDY, "中心组学习《宪法》", MARCH_12, "办公室", 12,
                null, List.of(), List.of("中华人民共和国宪法"));

        assertThat(unsaid.checked()).isEqualTo(new StudySessionDetails(CENTRAL_GROUP_STUDY, "中心组学习《宪法》", MARCH_12,
                "办公室", 12, null, List.of(), List.of("中华人民共和国宪法"), OFFLINE));
    }

    @Test
    void aSessionThatDoesNotStateItsAttendanceIsKeptWithTheAttendanceUnstated() {
        StudySessionDetails unstated = new StudySessionDetails(FIRST_TOPIC_STUDY, "第一议题学习习近平法治思想", MARCH_12,
                "机关党委", null, 1.0, List.of(), List.of("习近平法治思想"), OFFLINE);

        assertThat(unstated.checked()).isSameAs(unstated);
        assertThat(unstated.attendees()).isNull();
    }

    @Test
    void aTrainingIsKeptWithHowManyShouldHaveAttended() {
        StudySessionDetails everyone = training(30, 30);
        StudySessionDetails requiredOnly = training(null, 30);

        assertThat(everyone.checked()).isSameAs(everyone);
        assertThat(requiredOnly.checked()).isSameAs(requiredOnly);
        assertThat(training(28, 30).checked().required()).isEqualTo(30);
    }

    @Test
    void moreAttendeesThanShouldHaveAttendedAreRefusedNamingTheAttendees() {
        assertThatThrownBy(() -> training(31, 30).checked()).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo("attendees"))
                .hasMessage("must not exceed required");
    }

    private static StudySessionDetails training(Integer attendees, Integer required) {
        return new StudySessionDetails(SPECIAL_TRAINING, "法治专题培训：行政复议法", MARCH_12, "法制科", attendees, 3.0,
                List.of(), List.of("中华人民共和国行政复议法"), OFFLINE, required);
    }
}
