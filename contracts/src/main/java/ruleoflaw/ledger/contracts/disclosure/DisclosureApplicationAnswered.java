package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/** The application answered; late if after its due day. */
public record DisclosureApplicationAnswered(String applicationId, LocalDate answeredOn, ApplicationOutcome outcome,
        ApplicationSubReason subReason, DisclosureApplicationFile file) implements DisclosureApplicationEvent {
}
