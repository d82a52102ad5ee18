package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

/** The department was abolished on {@code on}; nothing happens to it after that, its history stays. */
public record DepartmentClosed(String code, LocalDate on, String reason) implements DepartmentEvent {
}
