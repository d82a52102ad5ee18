package ruleoflaw.ledger.litigation.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.platform.record.OpenDeadlines;
import ruleoflaw.ledger.platform.record.RecordIndex;

/**
 * {@code GET /api/litigation/deadlines}: the defence deadlines of the cases not withdrawn while they are open — no
 * defence filed, the case not concluded: those still running (upcoming) and those missed (overdue: the deadline
 * passed), soonest first. A defence filed or a case concluded ends its clock; a late defence stays in the case's
 * record and figures, not on this list. The same clocks are {@code ledger.deadlines.*{kind="defence"}}.
 */
@RestController
class DeadlinesResource extends OpenDeadlines<DeadlinesResource.Deadline> {

    /** One case's defence deadline; {@code status} is {@code UPCOMING} or {@code OVERDUE}. */
    record Deadline(String caseId, String caseNumber, String kind, String court, String subject, LocalDate receivedOn,
            LocalDate dueOn, LocalDate remindOn, long daysLeft, LocalDate defenceFiledOn, String status)
            implements OpenDeadlines.Deadline {
    }

    record Deadlines(LocalDate today, List<Deadline> upcoming, List<Deadline> overdue) {
    }

    private final DefenceClock defenceClock;

    DeadlinesResource(RecordIndex index, DefenceClock defenceClock, Clock clock) {
        super(index, clock, LegalCaseDetails.TYPE, "defence");
        this.defenceClock = defenceClock;
    }

    /** Every department's open and overdue clocks, counted (the district's view). */
    @GetMapping("/api/litigation/deadlines/by-department")
    Map<String, Counts> byDepartment() {
        return countsByDepartment();
    }

    @GetMapping("/api/litigation/deadlines")
    Deadlines deadlines() {
        LocalDate today = today();
        Map<String, List<Deadline>> by = byStatus(today, UPCOMING, OVERDUE);
        return new Deadlines(today, by.get(UPCOMING), by.get(OVERDUE));
    }

    @Override
    protected Deadline deadline(String id, JsonNode file, LocalDate today) {
        LocalDate dueOn = RecordIndex.date(file, "defenceDueOn");
        LocalDate filedOn = RecordIndex.date(file, "defenceFiledOn");
        if (dueOn == null || filedOn != null || RecordIndex.date(file, "concludedOn") != null) {
            return null;
        }
        return new Deadline(id, file.path("caseNumber").asText(), file.path("kind").asText(), file.path("court").asText(),
                file.path("subject").asText(), RecordIndex.date(file, "complaintReceivedOn"), dueOn,
                dueOn.minusDays(defenceClock.reminderDaysBefore()), today.until(dueOn, ChronoUnit.DAYS), filedOn,
                status(dueOn, file.path("defenceOverdue").asBoolean(false), today));
    }
}
