package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/** The answer period extended (at most 20 working days, once) with approval. */
public record ApplicationExtensionApproved(String applicationId, LocalDate approvedOn, int workingDays,
        DisclosureApplicationFile file) implements DisclosureApplicationEvent {
}
