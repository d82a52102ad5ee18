package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** The concluded case appealed (上诉); the appeal is the case {@code appealCaseId}. */
public record CaseAppealed(String caseId, LocalDate appealedOn, String appealCaseId, LegalCaseFile file)
        implements LegalCaseEvent {
}
