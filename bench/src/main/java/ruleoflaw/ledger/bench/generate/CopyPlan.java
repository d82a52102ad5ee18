package ruleoflaw.ledger.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator writes, in order: year by year ({@link Generator#FIRST_YEAR}–{@link Generator#LAST_YEAR}),
 * within a year the template aggregates in the order of their business dates (so recording moments can increase),
 * each copied {@link #rounds()} times, until N events are made. Round r of a year belongs to the department
 * {@link DepartmentSpread#of} gives, with all its aggregates and all their events.
 */
public final class CopyPlan {

    /** Takes one aggregate's copies, in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<CopiedEvent> copies) throws InterruptedException;
    }

    private final Map<String, List<TemplateEvent>> templates;
    private final EventCopier copier;
    private final DepartmentSpread departments;
    private final long events;
    private final int rounds;
    private final Map<String, LocalDate> firstDates = new LinkedHashMap<>();
    private final List<String> byDate;

    public CopyPlan(Map<String, List<TemplateEvent>> templates, EventCopier copier, DepartmentSpread departments,
            long events) {
        this.templates = templates;
        this.copier = copier;
        this.departments = departments;
        this.events = events;
        long perRound = templateEvents();
        int years = years();
        this.rounds = (int) Math.max(1, (events + perRound * years - 1) / (perRound * years));
        templates.forEach((id, aggregate) -> firstDates.put(id, copier.firstDate(aggregate)));
        byDate = new ArrayList<>(templates.keySet());
        byDate.sort(Comparator.comparing((String id) -> firstDates.get(id) == null ? 0 : firstDates.get(id).getDayOfYear()));
    }

    public static int years() {
        return Generator.LAST_YEAR - Generator.FIRST_YEAR + 1;
    }

    /** The events of one round: every template event once. */
    public long templateEvents() {
        return templates.values().stream().mapToLong(List::size).sum();
    }

    /** Copies of each template aggregate a year. */
    public int rounds() {
        return rounds;
    }

    /** Copies into {@code sink} until N events are made, each event recorded at the moment timeline gives; how many. */
    public long copy(Timeline timeline, Sink sink) throws InterruptedException {
        long made = 0;
        for (int year = Generator.FIRST_YEAR; year <= Generator.LAST_YEAR; year++) {
            for (String id : byDate) {
                for (int round = 1; round <= rounds; round++) {
                    if (made >= events) {
                        return made;
                    }
                    String department = departments.of(year - Generator.FIRST_YEAR, round, rounds);
                    List<CopiedEvent> copies = copier.copy(templates.get(id), firstDates.get(id), year, round,
                            timeline::next, department);
                    sink.accept(copies);
                    made += copies.size();
                }
            }
        }
        return made;
    }
}
