package ruleoflaw.ledger.litigation.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.platform.metrics.LegalDeadlines;
import ruleoflaw.ledger.platform.record.RecordIndex;

/**
 * {@code GET /api/litigation/deadlines}: the defence deadlines of the cases not withdrawn, read from the record
 * index (each case's latest file) while they are open — no defence filed, the case not concluded: those still
 * running (upcoming) and those missed (overdue: the deadline passed), soonest first. A defence filed or a case
 * concluded ends its clock; a late defence stays in the case's record and figures, not on this list.
 */
@RestController
class DeadlinesResource implements LegalDeadlines {

    /** One case's defence deadline; {@code status} is {@code UPCOMING} or {@code OVERDUE}. */
    record Deadline(String caseId, String caseNumber, String kind, String court, String subject, LocalDate receivedOn,
            LocalDate dueOn, LocalDate remindOn, long daysLeft, LocalDate defenceFiledOn, String status) {
    }

    record Deadlines(LocalDate today, List<Deadline> upcoming, List<Deadline> overdue) {
    }

    private final RecordIndex index;
    private final DefenceClock defenceClock;
    private final Clock clock;

    DeadlinesResource(RecordIndex index, DefenceClock defenceClock, Clock clock) {
        this.index = index;
        this.defenceClock = defenceClock;
        this.clock = clock;
    }

    @GetMapping("/api/litigation/deadlines")
    Deadlines deadlines() {
        LocalDate today = ChinaTime.today(clock);
        List<Deadline> all = index.current(LegalCaseDetails.TYPE).stream()
                .map(entry -> deadline(entry.id(), entry.record(), today)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Deadline::dueOn)).toList();
        return new Deadlines(today, all.stream().filter(d -> d.status().equals("UPCOMING")).toList(),
                all.stream().filter(d -> d.status().equals("OVERDUE")).toList());
    }

    /** The same clocks for {@code ledger.deadlines.pending/overdue{kind="defence"}}. */
    @Override
    public String kind() {
        return "defence";
    }

    @Override
    public Counts counts() {
        Deadlines d = deadlines();
        return new Counts(d.upcoming().size(), d.overdue().size());
    }

    private Deadline deadline(String id, JsonNode file, LocalDate today) {
        LocalDate dueOn = RecordIndex.date(file, "defenceDueOn");
        if (dueOn == null) {
            return null;
        }
        LocalDate filedOn = RecordIndex.date(file, "defenceFiledOn");
        boolean ended = filedOn != null || RecordIndex.date(file, "concludedOn") != null;
        if (ended) {
            return null;
        }
        String status = file.path("defenceOverdue").asBoolean(false) || today.isAfter(dueOn) ? "OVERDUE" : "UPCOMING";
        return new Deadline(id, file.path("caseNumber").asText(), file.path("kind").asText(), file.path("court").asText(),
                file.path("subject").asText(), RecordIndex.date(file, "complaintReceivedOn"), dueOn,
                dueOn.minusDays(defenceClock.reminderDaysBefore()), today.until(dueOn, java.time.temporal.ChronoUnit.DAYS),
                filedOn, status);
    }

}
