package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** The case concluded (审结) with its outcome; a case not concluded by 31 December is pending for that year. */
public record CaseConcluded(String caseId, LocalDate concludedOn, CaseOutcome outcome, OutcomeDetail detail,
        LegalCaseFile file) implements LegalCaseEvent {
}
