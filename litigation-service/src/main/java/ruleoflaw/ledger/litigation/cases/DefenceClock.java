package ruleoflaw.ledger.litigation.cases;

import java.time.Instant;
import java.time.LocalDate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.litigation.CaseKind;

/**
 * The defence clock of a case: the defence is due {@code litigationDays} (行政诉讼法 art. 67: 15) or, for a
 * reconsideration, {@code reconsiderationDays} (行政复议法 art. 48: 10) after the copy was received; the
 * deadline passes at the end of the due day in China Standard Time, and a reminder comes
 * {@code reminderDaysBefore} days before the due day begins. Configured under {@code ledger.litigation.defence-clock}.
 */
public record DefenceClock(int litigationDays, int reconsiderationDays, int reminderDaysBefore) {

    public static final DefenceClock STATUTORY = new DefenceClock(15, 10, 3);

    public DefenceClock {
        if (litigationDays < 1 || reconsiderationDays < 1 || reminderDaysBefore < 0) {
            throw new IllegalArgumentException("defence days must be positive and the reminder not negative");
        }
    }

    public LocalDate dueOn(CaseKind kind, LocalDate receivedOn) {
        return receivedOn.plusDays(kind.isLitigation() ? litigationDays : reconsiderationDays);
    }

    /** The moment the deadline passes: the start of the day after the due day. */
    public Instant deadline(LocalDate dueOn) {
        return ChinaTime.endOf(dueOn);
    }

    public Instant reminder(LocalDate dueOn) {
        return dueOn.minusDays(reminderDaysBefore).atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
