package ruleoflaw.ledger.reporting.department;

/** Whether a department still works under its code, or went into another, or was abolished. */
public enum DepartmentStatus {
    OPEN, MERGED, CLOSED
}
