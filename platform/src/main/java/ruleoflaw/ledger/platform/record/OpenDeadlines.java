package ruleoflaw.ledger.platform.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.platform.metrics.LegalDeadlines;

/**
 * The legal clocks of one record type that still run (a case's defence, an application's answer), read from the
 * record index — each record's latest state, withdrawn ones left out — by status, the soonest due first; the same
 * clocks counted for the deadline gauges. A service says what one record's clock is, and serves the list.
 */
public abstract class OpenDeadlines<D extends OpenDeadlines.Deadline> implements LegalDeadlines {

    public static final String UPCOMING = "UPCOMING";
    public static final String OVERDUE = "OVERDUE";

    /** One record's running clock; a clock without a due day (paused) comes last. */
    public interface Deadline {
        LocalDate dueOn();

        String status();
    }

    private final RecordIndex index;
    private final Clock clock;
    private final String recordType;
    private final String kind;

    protected OpenDeadlines(RecordIndex index, Clock clock, String recordType, String kind) {
        this.index = index;
        this.clock = clock;
        this.recordType = recordType;
        this.kind = kind;
    }

    /** The clock of one record, as its latest state tells it, or null when the clock has ended. */
    protected abstract D deadline(String id, JsonNode record, LocalDate today);

    /** The running clocks by status, each list soonest due first; a status no clock has maps to an empty list. */
    protected Map<String, List<D>> byStatus(LocalDate today, String... statuses) {
        Map<String, List<D>> by = new LinkedHashMap<>();
        List<D> all = open(today);
        for (String status : statuses) {
            by.put(status, all.stream().filter(deadline -> deadline.status().equals(status)).toList());
        }
        return by;
    }

    /** The running clocks of the department the request acts for. */
    private List<D> open(LocalDate today) {
        return clocks(index.current(recordType, index.departments().current()), today);
    }

    private List<D> clocks(List<RecordIndex.Entry> records, LocalDate today) {
        return records.stream()
                .map(entry -> deadline(entry.id(), entry.record(), today)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Deadline::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Today in China, by the service's clock. */
    protected LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** Overdue once the due day has passed, or when the record says so (a deadline that fired). */
    protected static String status(LocalDate dueOn, boolean markedOverdue, LocalDate today) {
        return markedOverdue || today.isAfter(dueOn) ? OVERDUE : UPCOMING;
    }

    @Override
    public String kind() {
        return kind;
    }

    /**
     * Every department's running clocks, counted, for the district office: 403 for a reader of one department, who
     * sees its own clocks in the list.
     */
    protected Map<String, Counts> countsByDepartment() {
        if (!index.departments().districtWide()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Every department's legal clocks are for those who "
                    + "read every department; a department's own are listed without /by-department.");
        }
        LocalDate today = today();
        Map<String, Counts> counts = new TreeMap<>();
        index.current(recordType).stream().collect(Collectors.groupingBy(RecordIndex.Entry::department))
                .forEach((department, records) -> counts.put(department, counted(clocks(records, today))));
        return counts;
    }

    private Counts counted(List<D> clocks) {
        long overdue = clocks.stream().filter(deadline -> deadline.status().equals(OVERDUE)).count();
        return new Counts(clocks.size() - overdue, overdue); // pending: running or paused
    }

    @Override
    public Counts counts() {
        return counted(clocks(index.current(recordType), today())); // every department's
    }
}
