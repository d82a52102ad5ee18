package ruleoflaw.ledger.reporting.department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A department as the registry knows it: its code, its present name, whether it is still open (or went into
 * {@code mergedInto}, or was closed, on {@code endedOn} because of {@code endReason}), and every name it bore, oldest
 * first. {@code version} is the last event applied; none for the default department nobody has recorded yet.
 */
public record DepartmentView(String code, String name, DepartmentStatus status, String mergedInto, LocalDate endedOn,
        String endReason, List<Name> names, Long version) {

    /** A name, in force from {@code since} until the next one's; who recorded it and why (none for the first). */
    public record Name(String name, LocalDate since, String reason, String recordedBy, Instant recordedAt) {
    }

    public DepartmentView {
        names = List.copyOf(names);
    }

    /** The installation's default department before anything was recorded about it. */
    static DepartmentView assumed(String code, String name) {
        return new DepartmentView(code, name, DepartmentStatus.OPEN, null, null, null,
                List.of(new Name(name, Department.DEFAULT_SINCE, null, null, null)), null);
    }

    /**
     * The name in force on 31 December of {@code year}: after a merger or closure the last name it bore; before the
     * department existed, its first name (the nearest it ever had).
     */
    public String nameIn(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        String named = names.isEmpty() ? name : names.get(0).name();
        for (Name each : names) {
            if (!each.since().isAfter(end)) {
                named = each.name();
            }
        }
        return named;
    }
}
