package ruleoflaw.ledger.contracts.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in China: Monday to Friday, except public holidays, plus the weekend days worked instead
 * (调休). The holidays are data, one file per year beside this class ({@code 2024.txt}); a year without a
 * file is not known, and asking about it is an error rather than a silent guess.
 */
public final class WorkingDays {

    private static final WorkingDays CHINA = load();

    private final Set<Integer> years = new HashSet<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workedWeekendDays = new HashSet<>();

    private WorkingDays() {
    }

    public static WorkingDays china() {
        return CHINA;
    }

    public boolean isWorkingDay(LocalDate day) {
        requireKnown(day);
        if (holidays.contains(day)) {
            return false;
        }
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day on which {@code count} working days after {@code start} have passed (start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        LocalDate day = start;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public boolean knows(int year) {
        return years.contains(year);
    }

    private void requireKnown(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new IllegalArgumentException("The working-day calendar has no data for " + day.getYear()
                    + "; add " + day.getYear() + ".txt beside " + WorkingDays.class.getName().replace('.', '/'));
        }
    }

    private static WorkingDays load() {
        WorkingDays calendar = new WorkingDays();
        for (int year = 2000; year <= 2100; year++) {
            try (InputStream in = WorkingDays.class.getResourceAsStream(year + ".txt")) {
                if (in != null) {
                    calendar.read(year, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the calendar of " + year, e);
            }
        }
        return calendar;
    }

    private void read(int year, BufferedReader reader) throws IOException {
        years.add(year);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] words = line.strip().split("\\s+");
            if (words.length < 2 || words[0].startsWith("#")) {
                continue;
            }
            String[] range = words[1].split("\\.\\.");
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                switch (words[0]) {
                    case "holiday" -> holidays.add(day);
                    case "workday" -> workedWeekendDays.add(day);
                    default -> throw new IllegalStateException("calendar " + year + ": unknown line '" + line + "'");
                }
            }
        }
    }
}
