package ruleoflaw.ledger.study.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashSet;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.study.RecordStudySession;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;

/** One study session: a collective study, a central group study, a training, a law lecture, ... */
@Aggregate
public class StudySession {

    @AggregateIdentifier
    private String sessionId;

    protected StudySession() {
        // for Axon
    }

    @CommandHandler
    public StudySession(RecordStudySession command) {
        if (command.attendees() < 1) {
            throw new InvalidFieldException("attendees", "a study session has at least one attendee");
        }
        if (command.hours() != null && (command.hours() <= 0 || command.hours() > 24)) {
            throw new InvalidFieldException("hours", "must be more than 0 and at most 24");
        }
        apply(new StudySessionRecorded(command.sessionId(), command.kind(), command.title().strip(), command.heldOn(),
                command.organiser(), command.attendees(), command.hours(), command.topics(), lawNames(command.laws())));
    }

    @EventSourcingHandler
    void on(StudySessionRecorded event) {
        sessionId = event.sessionId();
    }

    /** 《宪法》 and 宪法 are written one way; each law once. */
    static List<String> lawNames(List<String> laws) {
        if (laws == null) {
            return List.of();
        }
        var names = new LinkedHashSet<String>();
        for (String law : laws) {
            String name = law.strip().replaceAll("^《|》$", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
