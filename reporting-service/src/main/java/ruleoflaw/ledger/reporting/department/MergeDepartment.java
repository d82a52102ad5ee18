package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department is merged into another, open one on {@code on}, saying why. */
public record MergeDepartment(@TargetAggregateIdentifier String code, String into, LocalDate on, String reason) {
}
