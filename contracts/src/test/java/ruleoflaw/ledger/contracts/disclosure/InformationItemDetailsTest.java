package ruleoflaw.ledger.contracts.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class InformationItemDetailsTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 3, 1);

    private static InformationItemDetails item(InformationCategory category, StatutoryKind kind, LocalDate formedOn,
            LocalDate publishedOn) {
        return new InformationItemDetails(category, kind, "区科技局2024年部门预算", formedOn, publishedOn, "政府门户网站", null);
    }

    @Test
    void aStatutoryItemWithItsKindAndFormingIsKeptAsItIs() {
        InformationItemDetails budget = item(InformationCategory.STATUTORY, StatutoryKind.BUDGETS_AND_FINAL_ACCOUNTS,
                FORMED, FORMED.plusDays(14));
        assertThat(budget.checked()).isEqualTo(budget);
    }

    @Test
    void aStatutoryItemNamesItsKindAndWhenItWasFormed() {
        assertRefused(item(InformationCategory.STATUTORY, null, FORMED, FORMED), "statutoryKind");
        assertRefused(item(InformationCategory.STATUTORY, StatutoryKind.LEADERS, null, FORMED), "formedOn");
    }

    @Test
    void onlyAStatutoryItemHasAStatutoryKind() {
        assertRefused(item(InformationCategory.NEWS, StatutoryKind.LEADERS, null, FORMED), "statutoryKind");
    }

    @Test
    void nothingIsPublishedBeforeItIsFormed() {
        assertRefused(item(InformationCategory.STATUTORY, StatutoryKind.FUNCTIONS, FORMED, FORMED.minusDays(1)),
                "publishedOn");
    }

    /**
     * 条例 art. 26: 20 working days, on the calendar: 中秋节 took 15–17 September 2024, and Saturday 14 and Sunday 29
     * September were make-up working days, so information formed on 2 September was due on the 30th.
     */
    @Test
    void statutoryInformationIsLateAfterTwentyWorkingDaysOnTheCalendar() {
        WorkingDays calendar = WorkingDays.china();
        LocalDate formed = LocalDate.of(2024, 9, 2);
        LocalDate due = calendar.plusWorkingDays(formed, InformationItemDetails.STATUTORY_WORKING_DAYS);
        assertThat(InformationItemDetails.publishedLate(formed, due, calendar)).isFalse();
        assertThat(InformationItemDetails.publishedLate(formed, due.plusDays(1), calendar)).isTrue();
        assertThat(due).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    private static void assertRefused(InformationItemDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
