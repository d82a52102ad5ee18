package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department is abolished on {@code on}, saying why. */
public record CloseDepartment(@TargetAggregateIdentifier String code, LocalDate on, String reason) {
}
