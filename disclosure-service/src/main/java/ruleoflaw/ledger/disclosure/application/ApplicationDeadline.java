package ruleoflaw.ledger.disclosure.application;

import java.time.LocalDate;

/**
 * The payload of an application's scheduled answer deadline: which due day it was set for. One whose due day is
 * no longer the application's does nothing when it fires.
 */
public record ApplicationDeadline(String applicationId, LocalDate dueOn) {
}
