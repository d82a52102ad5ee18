package ruleoflaw.ledger.reporting.department;

/** Something that happened to a department of the registry. */
public interface DepartmentEvent {

    String code();
}
