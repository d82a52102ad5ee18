package ruleoflaw.ledger.disclosure.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.platform.metrics.LegalDeadlines;
import ruleoflaw.ledger.platform.record.RecordIndex;

/**
 * {@code GET /api/disclosure/deadlines}: the open (unanswered, not withdrawn) disclosure applications with their
 * due day, read from the record index (each application's latest file): upcoming (due today or later), overdue
 * (the due day passed), and paused (a correction awaited from the applicant, no due day while it is), soonest first.
 */
@RestController
class DeadlinesResource implements LegalDeadlines {

    /**
     * One open application; {@code status} is {@code UPCOMING}, {@code OVERDUE} or {@code PAUSED}; a provisional due
     * day counts days of a year whose holiday arrangement is not yet published.
     */
    record Deadline(String applicationId, String requestSummary, String applicantType, LocalDate receivedOn,
            LocalDate dueOn, boolean dueOnProvisional, Long daysLeft, LocalDate correctionRequestedOn, Integer extensionWorkingDays, String status) {
    }

    record Deadlines(LocalDate today, List<Deadline> upcoming, List<Deadline> overdue, List<Deadline> paused) {
    }

    private final RecordIndex index;
    private final Clock clock;

    DeadlinesResource(RecordIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @GetMapping("/api/disclosure/deadlines")
    Deadlines deadlines() {
        LocalDate today = ChinaTime.today(clock);
        List<Deadline> all = index.current(DisclosureApplicationDetails.TYPE).stream()
                .map(entry -> deadline(entry.id(), entry.record(), today)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Deadline::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new Deadlines(today, of(all, "UPCOMING"), of(all, "OVERDUE"), of(all, "PAUSED"));
    }

    /** The same clocks for {@code ledger.deadlines.pending/overdue{kind="disclosure-answer"}}. */
    @Override
    public String kind() {
        return "disclosure-answer";
    }

    @Override
    public Counts counts() {
        Deadlines d = deadlines();
        return new Counts(d.upcoming().size() + d.paused().size(), d.overdue().size());
    }

    private static List<Deadline> of(List<Deadline> all, String status) {
        return all.stream().filter(d -> d.status().equals(status)).toList();
    }

    private Deadline deadline(String id, JsonNode file, LocalDate today) {
        if (RecordIndex.date(file, "answeredOn") != null) {
            return null;
        }
        LocalDate dueOn = RecordIndex.date(file, "dueOn");
        LocalDate requested = RecordIndex.date(file, "correctionRequestedOn");
        String status = dueOn == null ? "PAUSED"
                : file.path("deadlinePassed").asBoolean(false) || today.isAfter(dueOn) ? "OVERDUE" : "UPCOMING";
        JsonNode extension = file.get("extensionWorkingDays");
        return new Deadline(id, file.path("requestSummary").asText(), file.path("applicantType").asText(),
                RecordIndex.date(file, "receivedOn"), dueOn,
                file.path("dueOnProvisional").asBoolean(false), dueOn == null ? null : today.until(dueOn, ChronoUnit.DAYS), requested,
                extension == null || extension.isNull() ? null : extension.asInt(), status);
    }
}
