package ruleoflaw.ledger.outreach.event;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.outreach.Campaign;
import ruleoflaw.ledger.contracts.outreach.CampaignEventCorrected;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectCampaignEvent;
import ruleoflaw.ledger.contracts.outreach.RecordCampaignEvent;
import ruleoflaw.ledger.contracts.outreach.WithdrawCampaignEvent;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One publicity event: another campaign is named, and an event ends on or after its start, within a year of it. */
@Aggregate
public class CampaignEvent {

    @AggregateIdentifier
    private String eventId;
    private boolean withdrawn;

    protected CampaignEvent() {
        // for Axon
    }

    @CommandHandler
    public CampaignEvent(RecordCampaignEvent command) {
        apply(new CampaignEventRecorded(command.eventId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectCampaignEvent command) {
        RecordRules.requireNotWithdrawn(withdrawn, CampaignEventDetails.TYPE, eventId);
        apply(new CampaignEventCorrected(eventId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawCampaignEvent command) {
        RecordRules.requireNotWithdrawn(withdrawn, CampaignEventDetails.TYPE, eventId);
        apply(new RecordWithdrawn(eventId, CampaignEventDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(CampaignEventRecorded event) {
        eventId = event.eventId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** The rules of an event, or nothing is recorded; title and campaign name without surrounding blanks. */
    private static CampaignEventDetails checked(CampaignEventDetails details) {
        String campaignName = details.campaignName() == null || details.campaignName().isBlank() ? null
                : details.campaignName().strip();
        if (details.campaign() == Campaign.OTHER && campaignName == null) {
            throw new InvalidFieldException("campaignName", "names the campaign when it is not one of the listed ones");
        }
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidFieldException("endsOn", "must not be before startsOn");
        }
        if (details.endsOn().isAfter(details.startsOn().plusYears(1))) {
            throw new InvalidFieldException("endsOn", "must be within a year of startsOn");
        }
        return new CampaignEventDetails(details.campaign(), campaignName, details.title().strip(), details.startsOn(),
                details.endsOn(), details.partners(), details.estimatedAudience(), details.laws());
    }
}
