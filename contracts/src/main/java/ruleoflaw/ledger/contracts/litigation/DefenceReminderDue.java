package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** A few days before the defence is due and none is filed yet: somebody should be told. States nothing new of the case. */
public record DefenceReminderDue(String caseId, LocalDate dueOn) {
}
