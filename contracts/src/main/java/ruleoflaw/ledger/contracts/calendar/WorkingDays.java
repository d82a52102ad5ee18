package ruleoflaw.ledger.contracts.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Working days in China: Monday to Friday, except the days off, plus the weekend days worked instead (调休).
 *
 * <p>A year whose arrangement the State Council has published (国务院办公厅关于…部分节假日安排的通知) is read from
 * its file, {@code YYYY.txt} beside this class or in a directory given to {@link #china(Path)} (which wins): the
 * notice it follows, then its days off and weekend days worked. A year without one is computed from the statutory
 * holidays ({@link StatutoryHolidays}); every day of every year has an answer, and what rests on a computed year is
 * {@linkplain DueDay#provisional() provisional} until its notice is added.
 */
public final class WorkingDays {

    /** The day on which a number of working days have passed, and whether it rests on a year not yet published. */
    public record DueDay(LocalDate on, boolean provisional) {
    }

    /** A published arrangement: its document number (文号), the day it was published (null if unknown), its title. */
    public record Notice(String number, LocalDate publishedOn, String title) {
    }

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.txt");
    private static final String UNKNOWN_DATE = "日期不详";
    private static final int FIRST_BUNDLED_YEAR = 2000;
    private static final int LAST_BUNDLED_YEAR = 2100;
    private static final WorkingDays BUNDLED = new WorkingDays(bundled());

    private final SortedMap<Integer, Arrangement> published;
    private final Map<LocalDate, String> daysOff = new HashMap<>();
    private final Set<LocalDate> weekendDaysWorked = new HashSet<>();
    private final Map<Integer, Map<LocalDate, String>> computed = new ConcurrentHashMap<>();

    private WorkingDays(SortedMap<Integer, Arrangement> published) {
        this.published = published;
        published.values().forEach(arrangement -> {
            daysOff.putAll(arrangement.daysOff());
            weekendDaysWorked.addAll(arrangement.weekendDaysWorked());
        });
    }

    /** The arrangements that come with the ledger. */
    public static WorkingDays china() {
        return BUNDLED;
    }

    /** The arrangements that come with the ledger, and those in {@code directory} ({@code YYYY.txt}), which win. */
    public static WorkingDays china(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return BUNDLED;
        }
        SortedMap<Integer, Arrangement> years = bundled();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                var name = YEAR_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        years.put(Integer.parseInt(name.group(1)), Arrangement.read(file.toString(), reader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the working-day calendar in " + directory, e);
        }
        return new WorkingDays(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (daysOff.containsKey(day)) {
            return false;
        }
        if (weekendDaysWorked.contains(day)) {
            return true;
        }
        if (!published(day.getYear()) && statutory(day.getYear()).containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day on which {@code count} working days after {@code start} have passed (start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        return dueDay(start, count).on();
    }

    /** {@link #plusWorkingDays}, provisional when a day counted lies in a year whose arrangement is not published. */
    public DueDay dueDay(LocalDate start, int workingDays) {
        LocalDate day = start;
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return new DueDay(day, !published(start.plusDays(1).getYear(), day.getYear()));
    }

    /** The working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the State Council's arrangement of {@code year} is known here. */
    public boolean published(int year) {
        return published.containsKey(year);
    }

    private boolean published(int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            if (!published(year)) {
                return false;
            }
        }
        return true;
    }

    /** The notices that arrange {@code year}, empty when it is computed. */
    public List<Notice> notices(int year) {
        Arrangement arrangement = published.get(year);
        return arrangement == null ? List.of() : arrangement.notices();
    }

    public SortedSet<Integer> publishedYears() {
        return new TreeSet<>(published.keySet());
    }

    /** One line for a log: which years are published and from which on they are computed. */
    public String summary() {
        if (published.isEmpty()) {
            return "no published arrangement: every year computed from the statutory holidays (provisional)";
        }
        return "arrangements published for " + published.firstKey() + "–" + published.lastKey() + " (" + published.size()
                + " years); other years computed from the statutory holidays, provisional until their notice is added";
    }

    /** The weekend days worked that the published notices set. */
    Set<LocalDate> weekendDaysWorked() {
        return Set.copyOf(weekendDaysWorked);
    }

    private Map<LocalDate, String> statutory(int year) {
        return computed.computeIfAbsent(year, StatutoryHolidays::of);
    }

    private static SortedMap<Integer, Arrangement> bundled() {
        SortedMap<Integer, Arrangement> years = new TreeMap<>();
        for (int year = FIRST_BUNDLED_YEAR; year <= LAST_BUNDLED_YEAR; year++) {
            String name = year + ".txt";
            try (InputStream in = WorkingDays.class.getResourceAsStream(name)) {
                if (in != null) {
                    years.put(year, Arrangement.read(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the working-day calendar of " + year, e);
            }
        }
        return years;
    }

    /** One year's file: {@code notice NUMBER DATE TITLE}, {@code holiday DATE[..DATE] NAME}, {@code workday DATE NAME}. */
    private record Arrangement(List<Notice> notices, Map<LocalDate, String> daysOff, Set<LocalDate> weekendDaysWorked) {

        static Arrangement read(String source, Reader text) throws IOException {
            Arrangement year = new Arrangement(new ArrayList<>(), new HashMap<>(), new HashSet<>());
            BufferedReader reader = new BufferedReader(text);
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String[] words = line.strip().split("\\s+", 4);
                if (words[0].isEmpty() || words[0].startsWith("#")) {
                    continue;
                }
                try {
                    year.add(words);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(source + " line " + number + ": cannot read '" + line + "'", e);
                }
            }
            if (year.notices.isEmpty()) {
                throw new IllegalStateException(source + ": no 'notice NUMBER DATE TITLE' line says which notice it follows");
            }
            return year;
        }

        private void add(String[] words) {
            switch (words[0]) {
                case "notice" -> notices.add(new Notice(words[1],
                        words[2].equals(UNKNOWN_DATE) ? null : LocalDate.parse(words[2]), words[3]));
                case "holiday" -> {
                    String[] range = words[1].split("\\.\\.");
                    LocalDate from = LocalDate.parse(range[0]);
                    LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        daysOff.put(day, words.length > 2 ? words[2] : "");
                    }
                }
                case "workday" -> weekendDaysWorked.add(LocalDate.parse(words[1]));
                default -> throw new IllegalStateException("unknown kind of line '" + words[0] + "'");
            }
        }
    }
}
