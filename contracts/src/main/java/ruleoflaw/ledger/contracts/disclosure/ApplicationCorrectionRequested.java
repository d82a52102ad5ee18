package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/** A correction (补正) asked of the applicant: the clock stands still until it is received. */
public record ApplicationCorrectionRequested(String applicationId, LocalDate requestedOn, DisclosureApplicationFile file)
        implements DisclosureApplicationEvent {
}
