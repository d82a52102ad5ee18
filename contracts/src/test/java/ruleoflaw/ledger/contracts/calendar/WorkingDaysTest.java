package ruleoflaw.ledger.contracts.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.china();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
            "2024-01-01, false, 元旦",
            "2024-01-02, true,  an ordinary Tuesday",
            "2024-01-06, false, an ordinary Saturday",
            "2024-02-04, true,  Sunday worked before 春节",
            "2024-02-09, true,  the Friday before 春节",
            "2024-02-12, false, 春节 Monday",
            "2024-02-17, false, 春节 Saturday",
            "2024-02-18, true,  Sunday worked after 春节",
            "2024-04-04, false, 清明节",
            "2024-04-07, true,  Sunday worked after 清明",
            "2024-04-28, true,  Sunday worked before 劳动节",
            "2024-05-03, false, 劳动节 Friday",
            "2024-05-11, true,  Saturday worked after 劳动节",
            "2024-06-10, false, 端午节 Monday",
            "2024-09-14, true,  Saturday worked before 中秋",
            "2024-09-16, false, 中秋节 Monday",
            "2024-09-29, true,  Sunday worked before 国庆",
            "2024-10-04, false, 国庆节 Friday",
            "2024-10-07, false, 国庆节 Monday",
            "2024-10-08, true,  the Tuesday after 国庆",
            "2024-10-12, true,  Saturday worked after 国庆",
            "2024-12-31, true,  New Year's Eve, a Tuesday"})
    void the2024Holidays(LocalDate day, boolean working, String why) {
        assertThat(calendar.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "20 working days after {0}: {1}")
    @CsvSource({
            "2024-03-01, 2024-03-29",   // no holiday in between: four weeks
            "2024-01-26, 2024-02-28",   // across 春节, with the Sundays worked on 4 and 18 February
            "2024-09-20, 2024-10-23"})  // across 国庆, with Sunday 29 September and Saturday 12 October worked
    void twentyWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
        assertThat(calendar.plusWorkingDays(received, 20)).isEqualTo(due);
    }

    @Test
    void aYearWithoutCalendarDataIsAnErrorNotAGuess() {
        assertThat(calendar.knows(2023)).isTrue();
        assertThat(calendar.knows(2026)).isTrue();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 5, 1)))
                .hasMessageContaining("no data for 2031");
    }
}
