package ruleoflaw.ledger.disclosure.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.platform.record.OpenDeadlines;
import ruleoflaw.ledger.platform.record.RecordIndex;

/**
 * {@code GET /api/disclosure/deadlines}: the open (unanswered, not withdrawn) disclosure applications with their
 * due day: upcoming (due today or later), overdue (the due day passed), and paused (a correction awaited from the
 * applicant, no due day while it is), soonest first. The same clocks are
 * {@code ledger.deadlines.*{kind="disclosure-answer"}}, paused ones pending.
 */
@RestController
class DeadlinesResource extends OpenDeadlines<DeadlinesResource.Deadline> {

    static final String PAUSED = "PAUSED";

    /**
     * One open application; {@code status} is {@code UPCOMING}, {@code OVERDUE} or {@code PAUSED}; a provisional due
     * day counts days of a year whose holiday arrangement is not yet published.
     */
    record Deadline(String applicationId, String requestSummary, String applicantType, LocalDate receivedOn,
            LocalDate dueOn, boolean dueOnProvisional, Long daysLeft, LocalDate correctionRequestedOn,
            Integer extensionWorkingDays, String status) implements OpenDeadlines.Deadline {
    }

    record Deadlines(LocalDate today, List<Deadline> upcoming, List<Deadline> overdue, List<Deadline> paused) {
    }

    DeadlinesResource(RecordIndex index, Clock clock) {
        super(index, clock, DisclosureApplicationDetails.TYPE, "disclosure-answer");
    }

    /** Every department's open and overdue clocks, counted (the district's view). */
    @GetMapping("/api/disclosure/deadlines/by-department")
    Map<String, Counts> byDepartment() {
        return countsByDepartment();
    }

    @GetMapping("/api/disclosure/deadlines")
    Deadlines deadlines() {
        LocalDate today = today();
        Map<String, List<Deadline>> by = byStatus(today, UPCOMING, OVERDUE, PAUSED);
        return new Deadlines(today, by.get(UPCOMING), by.get(OVERDUE), by.get(PAUSED));
    }

    @Override
    protected Deadline deadline(String id, JsonNode file, LocalDate today) {
        if (RecordIndex.date(file, "answeredOn") != null) {
            return null;
        }
        LocalDate dueOn = RecordIndex.date(file, "dueOn");
        JsonNode extension = file.get("extensionWorkingDays");
        return new Deadline(id, file.path("requestSummary").asText(), file.path("applicantType").asText(),
                RecordIndex.date(file, "receivedOn"), dueOn, file.path("dueOnProvisional").asBoolean(false),
                dueOn == null ? null : today.until(dueOn, ChronoUnit.DAYS), RecordIndex.date(file, "correctionRequestedOn"),
                extension == null || extension.isNull() ? null : extension.asInt(),
                dueOn == null ? PAUSED : status(dueOn, file.path("deadlinePassed").asBoolean(false), today));
    }
}
