package ruleoflaw.ledger.disclosure.service;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.disclosure.CorrectServiceItem;
import ruleoflaw.ledger.contracts.disclosure.RecordServiceItem;
import ruleoflaw.ledger.contracts.disclosure.ServiceItemCorrected;
import ruleoflaw.ledger.contracts.disclosure.ServiceItemDetails;
import ruleoflaw.ledger.contracts.disclosure.ServiceItemRecorded;
import ruleoflaw.ledger.contracts.disclosure.WithdrawServiceItem;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** An online government service item the bureau added (e.g. on 渝快办). */
@Aggregate
public class ServiceItem {

    @AggregateIdentifier
    private String itemId;
    private boolean withdrawn;

    protected ServiceItem() {
        // for Axon
    }

    @CommandHandler
    public ServiceItem(RecordServiceItem command) {
        apply(new ServiceItemRecorded(command.itemId(), command.details()));
    }

    @CommandHandler
    void handle(CorrectServiceItem command) {
        RecordRules.requireNotWithdrawn(withdrawn, ServiceItemDetails.TYPE, itemId);
        apply(new ServiceItemCorrected(itemId, command.reason(), command.details()));
    }

    @CommandHandler
    void handle(WithdrawServiceItem command) {
        RecordRules.requireNotWithdrawn(withdrawn, ServiceItemDetails.TYPE, itemId);
        apply(new RecordWithdrawn(itemId, ServiceItemDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(ServiceItemRecorded event) {
        itemId = event.itemId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }
}
