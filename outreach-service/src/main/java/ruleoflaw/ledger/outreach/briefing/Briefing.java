package ruleoflaw.ledger.outreach.briefing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.outreach.BriefingCorrected;
import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.BriefingRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectBriefing;
import ruleoflaw.ledger.contracts.outreach.RecordBriefing;
import ruleoflaw.ledger.contracts.outreach.WithdrawBriefing;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One policy briefing (政策宣讲会): no more enterprises present than attendees. */
@Aggregate
public class Briefing {

    @AggregateIdentifier
    private String briefingId;
    private boolean withdrawn;

    protected Briefing() {
        // for Axon
    }

    @CommandHandler
    public Briefing(RecordBriefing command) {
        apply(new BriefingRecorded(command.briefingId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectBriefing command) {
        RecordRules.requireNotWithdrawn(withdrawn, BriefingDetails.TYPE, briefingId);
        apply(new BriefingCorrected(briefingId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawBriefing command) {
        RecordRules.requireNotWithdrawn(withdrawn, BriefingDetails.TYPE, briefingId);
        apply(new RecordWithdrawn(briefingId, BriefingDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(BriefingRecorded event) {
        briefingId = event.briefingId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** The rules of a briefing, or nothing is recorded; the title without surrounding blanks. */
    private static BriefingDetails checked(BriefingDetails details) {
        if (details.enterprisesPresent() > details.attendees()) {
            throw new InvalidFieldException("enterprisesPresent", "must not exceed attendees");
        }
        return new BriefingDetails(details.title().strip(), details.heldOn(), details.topics(), details.speakers(),
                details.attendees(), details.enterprisesPresent());
    }
}
