package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** The defence and evidence (答辩状及证据) filed; late if after the case's defence due date. */
public record DefenceFiled(String caseId, LocalDate filedOn, LegalCaseFile file) implements LegalCaseEvent {
}
