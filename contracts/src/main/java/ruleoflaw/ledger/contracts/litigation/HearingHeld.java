package ruleoflaw.ledger.contracts.litigation;

import java.time.LocalDate;

/** A hearing of the case, and whether the bureau's principal appeared in court (负责人出庭应诉). */
public record HearingHeld(String caseId, LocalDate heldOn, boolean principalAppeared, LegalCaseFile file)
        implements LegalCaseEvent {
}
