package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/** The due day passed with no answer: the application is overdue. */
public record ApplicationDeadlinePassed(String applicationId, LocalDate dueOn, DisclosureApplicationFile file)
        implements DisclosureApplicationEvent {
}
