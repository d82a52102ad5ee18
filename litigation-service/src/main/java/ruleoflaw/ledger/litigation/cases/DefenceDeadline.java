package ruleoflaw.ledger.litigation.cases;

import java.time.LocalDate;

/**
 * The payload of a case's scheduled deadlines (the defence due, its reminder): which due day it was set for.
 * A deadline whose due day is no longer the case's (the receipt date was corrected) does nothing when it fires.
 */
public record DefenceDeadline(String caseId, LocalDate dueOn) {
}
