package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/** The correction received: the clock runs again, the due day moved by the working days it stood still. */
public record ApplicationCorrectionReceived(String applicationId, LocalDate receivedOn, int pausedWorkingDays,
        DisclosureApplicationFile file) implements DisclosureApplicationEvent {
}
