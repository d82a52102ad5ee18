package ruleoflaw.ledger.bench.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * How the generated records are spread over a district's departments ({@code --departments N}): codes d01…dNN (named
 * 基准部门01…), one department per copy round of a year, so that every aggregate of a round (and every reference
 * between them, such as a correction's {@code of} or an edition's {@code seriesId}) belongs to the same department,
 * and every event of a record carries its department. The slots of all years are dealt out in turn, so all N
 * departments are used as soon as there are N rounds in all, and every department has records in every year once a
 * year has N rounds or more. With one department the generated events keep the seed's metadata as it is (the
 * installation's default department): the bench of before departments.
 */
public record DepartmentSpread(int count) {

    public static final DepartmentSpread NONE = new DepartmentSpread(1);

    public DepartmentSpread {
        if (count < 1) {
            throw new IllegalArgumentException("at least one department, not " + count);
        }
    }

    /** Whether the records are spread at all (more than one department). */
    public boolean spread() {
        return count > 1;
    }

    /** The i-th department's code (0-based): d01, d02, … (three digits from 100 departments on). */
    public String code(int index) {
        return "d" + number(index);
    }

    /** The i-th department's name, as the bench registers it: 基准部门01, … */
    public String name(int index) {
        return "基准部门" + number(index);
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(code(i));
        }
        return codes;
    }

    /**
     * The department of round {@code round} (1-based) of the {@code yearIndex}-th year (0-based), when each year has
     * {@code rounds} rounds; null when nothing is spread (the events keep the seed's department).
     */
    public String of(int yearIndex, int round, int rounds) {
        if (!spread()) {
            return null;
        }
        long slot = (long) yearIndex * rounds + (round - 1);
        return code((int) (slot % count));
    }

    private String number(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("department " + index + " of " + count);
        }
        int width = Math.max(2, Integer.toString(count).length());
        return String.format("%0" + width + "d", index + 1);
    }
}
