package ruleoflaw.ledger.disclosure.item;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.disclosure.CorrectInformationItem;
import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.RecordInformationItem;
import ruleoflaw.ledger.contracts.disclosure.InformationItemCorrected;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.InformationItemRecorded;
import ruleoflaw.ledger.contracts.disclosure.WithdrawInformationItem;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One item of information the bureau published on its own initiative (主动公开). */
@Aggregate
public class InformationItem {

    @AggregateIdentifier
    private String itemId;
    private boolean withdrawn;

    protected InformationItem() {
        // for Axon
    }

    @CommandHandler
    public InformationItem(RecordInformationItem command) {
        check(command.details());
        apply(new InformationItemRecorded(command.itemId(), command.details()));
    }

    @CommandHandler
    void handle(CorrectInformationItem command) {
        RecordRules.requireNotWithdrawn(withdrawn, InformationItemDetails.TYPE, itemId);
        check(command.details());
        apply(new InformationItemCorrected(itemId, command.reason(), command.details()));
    }

    @CommandHandler
    void handle(WithdrawInformationItem command) {
        RecordRules.requireNotWithdrawn(withdrawn, InformationItemDetails.TYPE, itemId);
        apply(new RecordWithdrawn(itemId, InformationItemDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(InformationItemRecorded event) {
        itemId = event.itemId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static void check(InformationItemDetails details) {
        if (details.category() == InformationCategory.STATUTORY && details.statutoryKind() == null) {
            throw new InvalidFieldException("statutoryKind", "a statutory item says which kind it is");
        }
        if (details.category() != InformationCategory.STATUTORY && details.statutoryKind() != null) {
            throw new InvalidFieldException("statutoryKind", "only a statutory item has a statutory kind");
        }
        if (details.category() == InformationCategory.STATUTORY && details.formedOn() == null) {
            throw new InvalidFieldException("formedOn", "a statutory item says when the information was formed or changed");
        }
        if (details.formedOn() != null && details.publishedOn().isBefore(details.formedOn())) {
            throw new InvalidFieldException("publishedOn", "must not be before formedOn");
        }
    }
}
