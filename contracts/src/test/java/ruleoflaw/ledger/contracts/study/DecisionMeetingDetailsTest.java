package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;
import static ruleoflaw.ledger.contracts.study.MeetingKind.DIRECTOR_OFFICE;
import static ruleoflaw.ledger.contracts.study.MeetingKind.PARTY_GROUP;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DecisionMeetingDetailsTest {

    private static final LocalDate JANUARY_15 = LocalDate.of(2024, 1, 15);
    private static final List<String> TOPICS = List.of("研究年度法治政府建设工作要点", "审议重大行政决策事项");

    @Test
    void aMeetingIsKeptWithItsTitleStripped() {
        DecisionMeetingDetails written = new DecisionMeetingDetails(PARTY_GROUP, JANUARY_15, " 2024年第1次党组会  ", TOPICS, 2);

        assertThat(written.checked()).isEqualTo(new DecisionMeetingDetails(PARTY_GROUP, JANUARY_15, "2024年第1次党组会",
                TOPICS, 2));
    }

    @Test
    void aMeetingWithoutTopicsIsKeptWithAnEmptyList() {
        DecisionMeetingDetails checked = new DecisionMeetingDetails(DIRECTOR_OFFICE, JANUARY_15, "局长办公会", null, 0)
                .checked();

        assertThat(checked).isEqualTo(new DecisionMeetingDetails(DIRECTOR_OFFICE, JANUARY_15, "局长办公会", List.of(), 0));
        assertThat(checked.topics()).isEmpty();
    }

    @Test
    void aMeetingThatDoesNotStateItsDecisionsIsKeptWithThemUnstated() {
        DecisionMeetingDetails unstated = new DecisionMeetingDetails(PARTY_GROUP, JANUARY_15, "2024年第2次党组会", TOPICS,
                null);

        assertThat(unstated.checked()).isSameAs(unstated);
        assertThat(unstated.decisions()).isNull();
    }
}
