package ruleoflaw.ledger.study.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectDecisionMeeting;
import ruleoflaw.ledger.contracts.study.DecisionMeetingCorrected;
import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.RecordDecisionMeeting;
import ruleoflaw.ledger.contracts.study.WithdrawDecisionMeeting;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One decision meeting: a party group meeting, a director's office meeting or a topic meeting. */
@Aggregate
public class DecisionMeeting {

    @AggregateIdentifier
    private String meetingId;
    private boolean withdrawn;

    protected DecisionMeeting() {
        // for Axon
    }

    @CommandHandler
    public DecisionMeeting(RecordDecisionMeeting command) {
        apply(new DecisionMeetingRecorded(command.meetingId(), stripped(command.details())));
    }

    @CommandHandler
    void handle(CorrectDecisionMeeting command) {
        RecordRules.requireNotWithdrawn(withdrawn, DecisionMeetingDetails.TYPE, meetingId);
        apply(new DecisionMeetingCorrected(meetingId, command.reason(), stripped(command.details())));
    }

    @CommandHandler
    void handle(WithdrawDecisionMeeting command) {
        RecordRules.requireNotWithdrawn(withdrawn, DecisionMeetingDetails.TYPE, meetingId);
        apply(new RecordWithdrawn(meetingId, DecisionMeetingDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(DecisionMeetingRecorded event) {
        meetingId = event.meetingId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static DecisionMeetingDetails stripped(DecisionMeetingDetails details) {
        return new DecisionMeetingDetails(details.kind(), details.heldOn(), details.title().strip(), details.topics(),
                details.decisions());
    }
}
