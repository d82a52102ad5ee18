package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

/**
 * A provisional due day counted again once the calendar knew more (the year's notice added): the day it was, and
 * in {@link #file()} the day it is now and whether that is still provisional.
 */
public record ApplicationDueDayRecounted(String applicationId, LocalDate previousDueOn, DisclosureApplicationFile file)
        implements DisclosureApplicationEvent {
}
