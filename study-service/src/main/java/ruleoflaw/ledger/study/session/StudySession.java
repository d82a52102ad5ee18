package ruleoflaw.ledger.study.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectStudySession;
import ruleoflaw.ledger.contracts.study.LawNames;
import ruleoflaw.ledger.contracts.study.RecordStudySession;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.contracts.study.WithdrawStudySession;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One study session: a collective study, a central group study, a training, a law lecture, ... */
@Aggregate
public class StudySession {

    @AggregateIdentifier
    private String sessionId;
    private boolean withdrawn;

    protected StudySession() {
        // for Axon
    }

    @CommandHandler
    public StudySession(RecordStudySession command) {
        apply(new StudySessionRecorded(command.sessionId(), asRecorded(command.details())));
    }

    @CommandHandler
    void handle(CorrectStudySession command) {
        RecordRules.requireNotWithdrawn(withdrawn, StudySessionDetails.TYPE, sessionId);
        apply(new StudySessionCorrected(sessionId, command.reason(), asRecorded(command.details())));
    }

    @CommandHandler
    void handle(WithdrawStudySession command) {
        RecordRules.requireNotWithdrawn(withdrawn, StudySessionDetails.TYPE, sessionId);
        apply(new RecordWithdrawn(sessionId, StudySessionDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(StudySessionRecorded event) {
        sessionId = event.sessionId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** Each law once, under the one name the ledger counts it by; held in person unless the writer said otherwise. */
    private static StudySessionDetails asRecorded(StudySessionDetails details) {
        return new StudySessionDetails(details.kind(), details.title().strip(), details.heldOn(), details.organiser(),
                details.attendees(), details.hours(), details.topics(), List.copyOf(LawNames.canonical(details.laws())),
                details.format() != null ? details.format() : StudySessionDetails.DEFAULT_FORMAT);
    }
}
