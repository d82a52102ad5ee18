package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department takes a new name from {@code since} (机构改革, a new 三定 plan), saying why. */
public record RenameDepartment(@TargetAggregateIdentifier String code, String name, LocalDate since, String reason) {
}
