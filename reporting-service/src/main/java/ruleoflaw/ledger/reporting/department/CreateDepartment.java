package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A department joins the district's registry under its stable code, with its name as of {@code since}. */
public record CreateDepartment(@TargetAggregateIdentifier String code, String name, LocalDate since) {
}
