package ruleoflaw.ledger.contracts.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

import com.ibm.icu.util.ChineseCalendar;

/**
 * The days off that 《全国年节及纪念日放假办法》 itself gives in a year, as the version in force that year says,
 * with a weekday in lieu (补假) for each that falls on a weekend — what is known of a year before the State Council
 * publishes its arrangement. Only a notice moves working days onto weekends (调休), so a year computed here has none.
 *
 * <ul>
 *   <li>1999 version (国务院令第270号, 2000–2007): 元旦; 春节 初一–初三; 劳动节 1–3 May; 国庆节 1–3 October.
 *   <li>2007 version (国务院令第513号, from 2008): 春节 除夕–初二; 清明节, 端午节 and 中秋节 added; 劳动节 1 May only.
 *   <li>2013 version (国务院令第644号, from 2014): 春节 初一–初三.
 *   <li>2024 version (国务院令第795号, from 2025): 春节 除夕–初三; 劳动节 1–2 May.
 * </ul>
 *
 * The lunar dates come from ICU's Chinese calendar; 清明 (the sun at 15° longitude) from the solar-term formula
 * of the 21st century, checked against every published notice in {@code WorkingDaysTest}.
 */
final class StatutoryHolidays {

    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

    private StatutoryHolidays() {
    }

    /** The statutory days off of {@code year}, in lieu days included, each with its festival's name. */
    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate newYear = lunar(year, 1, 1);
        if (year < 2008) {
            range(days, newYear, newYear.plusDays(2), "春节");
            range(days, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 3), "劳动节");
        } else {
            LocalDate from = year < 2014 || year >= 2025 ? newYear.minusDays(1) : newYear;
            range(days, from, newYear.plusDays(2), "春节");
            days.put(qingming(year), "清明节");
            range(days, LocalDate.of(year, 5, 1), LocalDate.of(year, 5, year >= 2025 ? 2 : 1), "劳动节");
            days.put(lunar(year, 5, 5), "端午节");
            days.put(lunar(year, 8, 15), "中秋节");
        }
        range(days, LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3), "国庆节");
        return withDaysInLieu(days);
    }

    /** 补假: a statutory day on a Saturday or Sunday gives the next weekday that is not itself off. */
    private static Map<LocalDate, String> withDaysInLieu(Map<LocalDate, String> statutory) {
        Map<LocalDate, String> days = new TreeMap<>(statutory);
        statutory.forEach((day, name) -> {
            if (weekend(day)) {
                LocalDate inLieu = day.plusDays(1);
                while (weekend(inLieu) || days.containsKey(inLieu)) {
                    inLieu = inLieu.plusDays(1);
                }
                days.put(inLieu, name + "补假");
            }
        });
        return days;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void range(Map<LocalDate, String> days, LocalDate from, LocalDate to, String name) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, name);
        }
    }

    /** The Gregorian date of a lunar month and day (not a leap month) in the Chinese year that begins in {@code year}. */
    static LocalDate lunar(int year, int month, int dayOfMonth) {
        // The lunar new year falls between 21 January and 20 February, and a lunar month has 29 or 30 days.
        LocalDate day = LocalDate.of(year, Month.JANUARY, 15).plusDays((month - 1) * 29L);
        ChineseCalendar chinese = new ChineseCalendar();
        for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
            chinese.clear();
            chinese.set(ChineseCalendar.JULIAN_DAY, (int) (day.toEpochDay() + JULIAN_DAY_OF_EPOCH));
            if (chinese.get(ChineseCalendar.MONTH) == month - 1 && chinese.get(ChineseCalendar.DAY_OF_MONTH) == dayOfMonth
                    && chinese.get(ChineseCalendar.IS_LEAP_MONTH) == 0 && (month > 1 || day.getMonthValue() <= 2)) {
                return day;
            }
        }
        throw new IllegalStateException("no lunar " + month + "/" + dayOfMonth + " in " + year);
    }

    /** 清明: ⌊Y × 0.2422 + C⌋ − ⌊Y / 4⌋ April, Y the year of the century, C 4.81 in the 21st century, 5.59 in the 20th. */
    static LocalDate qingming(int year) {
        int y = year % 100;
        double c = year >= 2000 ? 4.81 : 5.59;
        return LocalDate.of(year, 4, (int) Math.floor(y * 0.2422 + c) - y / 4);
    }
}
