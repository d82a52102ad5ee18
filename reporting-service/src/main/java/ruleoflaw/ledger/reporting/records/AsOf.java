package ruleoflaw.ledger.reporting.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;

/**
 * The moment a report's records are taken as of: {@code asOf} is an ISO instant, or a date meaning the end of that
 * day in China Standard Time, or nothing for now; recording times are kept to the millisecond, so the moment is too.
 */
public final class AsOf {


    private AsOf() {
    }

    /** The moment, after checking the year asked for; 400 naming {@code year} or {@code asOf} when they are wrong. */
    public static Instant moment(int year, String asOf, Clock clock) {
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "must be between 2000 and 2100");
        }
        if (asOf == null || asOf.isBlank()) {
            return clock.instant().truncatedTo(ChronoUnit.MILLIS);
        }
        try {
            return asOf.length() == 10
                    ? LocalDate.parse(asOf).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().minusMillis(1)
                    : Instant.parse(asOf).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("asOf", "must be a date (2024-12-05) or an instant (2024-12-05T08:00:00Z)");
        }
    }
}
