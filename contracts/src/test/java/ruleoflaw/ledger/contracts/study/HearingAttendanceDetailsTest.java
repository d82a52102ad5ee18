package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HearingAttendanceDetailsTest {

    private static final LocalDate JUNE_18 = LocalDate.of(2024, 6, 18);

    @Test
    void anAttendanceIsKeptWithItsTitleStripped() {
        HearingAttendanceDetails written = new HearingAttendanceDetails(JUNE_18, "  旁听行政诉讼案件庭审 ", "某市中级人民法院",
                "(2024)某01行初12号", 15, false);

        assertThat(written.checked()).isEqualTo(new HearingAttendanceDetails(JUNE_18, "旁听行政诉讼案件庭审", "某市中级人民法院",
                "(2024)某01行初12号", 15, false));
    }

    @Test
    void anAttendanceOnlineWithoutACaseReferenceIsKeptAsItIs() {
        HearingAttendanceDetails online = new HearingAttendanceDetails(JUNE_18, "网上旁听行政诉讼案件庭审", "某市中级人民法院",
                null, 30, true);

        assertThat(online.checked()).isSameAs(online);
    }

    @Test
    void anAttendanceThatDoesNotStateHowManyWentIsKeptSo() {
        HearingAttendanceDetails unstated = new HearingAttendanceDetails(JUNE_18, "旁听行政诉讼案件庭审", "某市中级人民法院",
                null, null, false);

        assertThat(unstated.checked()).isSameAs(unstated);
        assertThat(unstated.attendees()).isNull();
    }
}
