package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

/** The department is named {@code name} from {@code since}; its earlier names stay in force for earlier days. */
public record DepartmentRenamed(String code, String name, LocalDate since, String reason) implements DepartmentEvent {
}
