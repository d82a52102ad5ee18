package ruleoflaw.ledger.contracts.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import ruleoflaw.ledger.contracts.calendar.WorkingDays.DueDay;

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
            "2024-12-31, true,  New Year's Eve, a Tuesday",
            "2018-12-29, true,  Saturday worked before 元旦 2019, set by the 2019 notice",
            "2018-12-31, false, 元旦 2019 began on 30 December 2018",
            "2019-05-03, false, 劳动节 2019 as the notice of March 2019 extended it",
            "2020-02-01, false, the Saturday that the extended 春节 of 2020 no longer worked",
            "2020-02-03, true,  work resumed after the extended 春节 of 2020",
            "2015-09-03, false, the 70th anniversary of the victory, 2015",
            "2015-09-06, true,  Sunday worked for it",
            "2003-05-06, true,  the 2003 劳动节 golden week cancelled (SARS)",
            "2022-12-31, false, 元旦 2023 began on Saturday 31 December 2022"})
    void publishedArrangements(LocalDate day, boolean working, String why) {
        assertThat(calendar.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "20 working days after {0}: {1}")
    @CsvSource({
            "2024-03-01, 2024-03-29",   // no holiday in between: four weeks
            "2024-01-26, 2024-02-28",   // across 春节, with the Sundays worked on 4 and 18 February
            "2024-09-20, 2024-10-23",   // across 国庆, with Sunday 29 September and Saturday 12 October worked
            "2015-09-01, 2015-09-30"})  // across the 2015 anniversary (3–4 September off, Sunday 6 worked)
    void twentyWorkingDaysAfterReceipt(LocalDate received, LocalDate due) {
        assertThat(calendar.dueDay(received, 20)).isEqualTo(new DueDay(due, false));
    }

    @Test
    void everyYearARecordMayCarryFrom2000Through2026FollowsItsNotice() {
        assertThat(calendar.publishedYears()).containsAll(IntStream.rangeClosed(2000, 2026).boxed().toList());
        assertThat(calendar.notices(2026)).singleElement().satisfies(notice -> {
            assertThat(notice.number()).isEqualTo("国办发明电〔2025〕7号");
            assertThat(notice.publishedOn()).isEqualTo(LocalDate.of(2025, 11, 4));
            assertThat(notice.title()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        });
        assertThat(calendar.notices(2020)).extracting(WorkingDays.Notice::number)
                .containsExactly("国办发明电〔2019〕16号", "国办发明电〔2020〕1号");
    }

    static IntStream publishedYears() {
        return WorkingDays.china().publishedYears().stream().mapToInt(Integer::intValue);
    }

    /** Checks the typed data and the computation against each other: a notice gives every statutory day off. */
    @ParameterizedTest(name = "{0}: every statutory day is off in the notice")
    @MethodSource("publishedYears")
    void everyNoticeGivesTheStatutoryDaysOff(int year) {
        StatutoryHolidays.of(year).forEach((day, name) -> {
            if (!name.endsWith("补假")) {
                assertThat(calendar.isWorkingDay(day)).as("%s %s in %s", name, day, year).isFalse();
            }
        });
    }

    @Test
    void everyWeekendDayWorkedIsASaturdayOrSundayAndNotAlsoOff() {
        assertThat(calendar.weekendDaysWorked()).isNotEmpty().allSatisfy(day -> {
            assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(calendar.isWorkingDay(day)).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2031-01-01, 元旦",
            "2031-01-22, 春节 除夕 (the 2024 version of the law)",
            "2031-01-25, 春节 初三, a Saturday",
            "2031-01-27, the Monday in lieu of 初三",
            "2031-04-05, 清明节 (a Saturday)",
            "2031-04-07, the Monday in lieu of 清明",
            "2031-05-02, 劳动节, second day",
            "2031-06-24, 端午节",
            "2031-10-01, 国庆节",
            "2031-10-02, 国庆节",
            "2031-10-01, 中秋节 falls on 国庆 this year"})
    void aYearWithoutANoticeHasItsStatutoryHolidaysOff(LocalDate day, String why) {
        assertThat(calendar.published(2031)).isFalse();
        assertThat(calendar.isWorkingDay(day)).as(why).isFalse();
    }

    @Test
    void lunarAndSolarDatesOfYearsLongPast() {
        assertThat(StatutoryHolidays.lunar(2024, 1, 1)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(StatutoryHolidays.lunar(2025, 5, 5)).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(StatutoryHolidays.lunar(2023, 8, 15)).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(StatutoryHolidays.lunar(2020, 5, 5)).as("after a leap fourth month").isEqualTo(LocalDate.of(2020, 6, 25));
        assertThat(StatutoryHolidays.qingming(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(StatutoryHolidays.qingming(2028)).isEqualTo(LocalDate.of(2028, 4, 4));
    }

    @Test
    void aDueDayInAYearWithoutANoticeIsProvisional() {
        DueDay due = calendar.dueDay(LocalDate.of(2026, 12, 7), 20);
        assertThat(due.provisional()).isTrue();
        assertThat(due.on()).isEqualTo(LocalDate.of(2027, 1, 5)).as("元旦 2027, a Friday, is off");
        assertThat(calendar.dueDay(LocalDate.of(2026, 11, 2), 20).provisional()).isFalse();
    }

    @Test
    void everyDayHasAnAnswerAndNoDateIsAnError() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.isBefore(LocalDate.of(2102, 1, 1)); day = day.plusDays(1)) {
            calendar.isWorkingDay(day);
        }
        assertThat(calendar.dueDay(LocalDate.of(2100, 12, 20), 40).on()).isAfter(LocalDate.of(2101, 1, 31));
    }

    @Test
    void aYearsNoticeAddedInTheDirectoryMakesItOfficialAndMayMoveTheDueDay(@TempDir Path directory) throws IOException {
        // a made-up arrangement for the test: 4 January 2027 off, Saturday 9 January worked
        Files.writeString(directory.resolve("2027.txt"), """
                # test data, not a real notice
                notice 测试〔2026〕1号 2026-11-30 国务院办公厅关于2027年部分节假日安排的通知（测试）
                holiday 2027-01-01..2027-01-04 元旦
                workday 2027-01-09 元旦调休
                """, StandardCharsets.UTF_8);
        WorkingDays withNotice = WorkingDays.china(directory);

        assertThat(withNotice.published(2027)).isTrue();
        assertThat(withNotice.notices(2027)).extracting(WorkingDays.Notice::number).containsExactly("测试〔2026〕1号");
        assertThat(withNotice.dueDay(LocalDate.of(2026, 12, 7), 20)).as("4 January off moves it a day")
                .isEqualTo(new DueDay(LocalDate.of(2027, 1, 6), false));
        assertThat(withNotice.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        assertThat(withNotice.published(2026)).as("the bundled years stay").isTrue();
    }

    @Test
    void aFileThatSaysNotWhichNoticeItFollowsIsRefusedWithItsName(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("2027.txt"), "holiday 2027-01-01 元旦\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDays.china(directory)).hasMessageContaining("2027.txt")
                .hasMessageContaining("notice");
        Files.writeString(directory.resolve("2027.txt"), "notice x 2026-11-30 t\nholiday 2027-13-01 元旦\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkingDays.china(directory)).hasMessageContaining("2027.txt line 2");
    }
}
