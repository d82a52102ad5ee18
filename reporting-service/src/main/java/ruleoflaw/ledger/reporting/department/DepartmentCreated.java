package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

/** The department exists, named {@code name} from {@code since}. */
public record DepartmentCreated(String code, String name, LocalDate since) implements DepartmentEvent {
}
