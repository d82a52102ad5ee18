package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** The defence clock ran out with no defence filed: the case's defence is overdue. */
public record DefenceDeadlinePassed(String caseId, LocalDate dueOn, LegalCaseFile file) implements LegalCaseEvent {
}
