package ruleoflaw.ledger.disclosure.application;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.RecountApplicationDueDay;
import ruleoflaw.ledger.platform.record.RecordIndex;

/**
 * At start, every application whose due day is provisional is recounted on the calendar as it now stands: once a
 * year's notice has been added ({@code ledger.calendar.directory}), its due day becomes official, and moves with
 * its deadline if the notice says so. An application whose count gives the same provisional day records nothing.
 */
@Component
class ProvisionalDueDays {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDueDays.class);

    private final RecordIndex index;
    private final CommandGateway commands;
    private final WorkingDays calendar;

    ProvisionalDueDays(RecordIndex index, CommandGateway commands, WorkingDays calendar) {
        this.index = index;
        this.commands = commands;
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recount() {
        List<String> provisional = index.current(DisclosureApplicationDetails.TYPE).stream()
                .filter(entry -> entry.record().path("dueOnProvisional").asBoolean(false))
                .map(RecordIndex.Entry::id).toList();
        if (provisional.isEmpty()) {
            return;
        }
        log.info("Recounting the provisional answer due days of {} disclosure applications on the calendar ({})",
                provisional.size(), calendar.summary());
        for (String id : provisional) {
            try {
                commands.sendAndWait(new RecountApplicationDueDay(id));
            } catch (RuntimeException e) {
                log.warn("Could not recount the due day of disclosure application {} (it stays as it was): {}", id,
                        e.getMessage());
            }
        }
    }
}
