package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.OFFLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.ONLINE;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class LawExamDetailsTest {

    private static final LocalDate NOVEMBER_20 = LocalDate.of(2024, 11, 20);

    private static LawExamDetails exam(Integer eligible, Integer participants, Integer passed) {
        return new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", eligible, participants, passed, 92.5, OFFLINE);
    }

    @Test
    void anExamIsKeptWithItsTitleStripped() {
        assertThat(new LawExamDetails(NOVEMBER_20, " 年度法治理论知识考试 ", 20, 20, 20, 92.5).checked())
                .isEqualTo(exam(20, 20, 20));
    }

    @Test
    void anExamWithCountsInOrderIsKeptAsItIs() {
        LawExamDetails nobodyPassed = new LawExamDetails(NOVEMBER_20, "法治理论知识补考", 3, 2, 0, null, OFFLINE);
        LawExamDetails onePassedFewer = new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 21, 20, 19, 90.0, OFFLINE);

        assertThat(nobodyPassed.checked()).isSameAs(nobodyPassed);
        assertThat(onePassedFewer.checked()).isSameAs(onePassedFewer);
    }

    @Test
    void moreExamPassesThanParticipantsAreRefused() {
        assertThatThrownBy(() -> exam(20, 19, 20).checked()).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo("passed"))
                .hasMessage("must not exceed participants");
        assertRefused(exam(20, 18, 19), "passed");
    }

    @Test
    void moreParticipantsThanEligibleStaffAreRefused() {
        assertRefused(exam(20, 21, 20), "participants");
        assertRefused(exam(19, 20, 20), "participants");
    }

    @Test
    void anExamThatStatesNoCountIsKeptWithTheCountsUnstated() {
        LawExamDetails unstated = new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", null, null, null, null, OFFLINE);

        assertThat(unstated.checked()).isSameAs(unstated);
        assertThat(unstated.eligible()).isNull();
    }

    @Test
    void theOrderOfTheCountsHoldsOnlyBetweenCountsThatAreStated() {
        assertThat(exam(null, 20, 19).checked()).isEqualTo(exam(null, 20, 19));
        assertThat(exam(20, null, 19).checked()).isEqualTo(exam(20, null, 19));
        assertThat(exam(20, 19, null).checked()).isEqualTo(exam(20, 19, null));

        assertRefused(exam(null, 19, 20), "passed");
        assertRefused(exam(19, 20, null), "participants");
        assertRefused(exam(19, null, 20), "passed");
    }

    @Test
    void anExamSatOnlineIsKeptSoAndOneThatDoesNotSayIsSatInPerson() {
        LawExamDetails online = new LawExamDetails(NOVEMBER_20, "线上法治理论知识考试", 20, 20, 20, 95.0, ONLINE);
        LawExamDetails unsaid = new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 20, 20, 20, 92.5);

        assertThat(online.checked()).isSameAs(online);
        assertThat(unsaid.format()).isNull();
        assertThat(unsaid.checked()).isEqualTo(exam(20, 20, 20));
    }

    private static void assertRefused(LawExamDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
