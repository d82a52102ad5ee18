package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

/** The department went into {@code into} on {@code on}; nothing happens to it after that, its history stays. */
public record DepartmentMerged(String code, String into, LocalDate on, String reason) implements DepartmentEvent {
}
