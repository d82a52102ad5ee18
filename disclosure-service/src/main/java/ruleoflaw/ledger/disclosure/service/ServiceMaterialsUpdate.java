package ruleoflaw.ledger.disclosure.service;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.disclosure.CorrectServiceMaterialsUpdate;
import ruleoflaw.ledger.contracts.disclosure.RecordServiceMaterialsUpdate;
import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateCorrected;
import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateDetails;
import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateRecorded;
import ruleoflaw.ledger.contracts.disclosure.WithdrawServiceMaterialsUpdate;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** An update of a service item's materials list (the item may have been added in an earlier year). */
@Aggregate
public class ServiceMaterialsUpdate {

    @AggregateIdentifier
    private String updateId;
    private boolean withdrawn;

    protected ServiceMaterialsUpdate() {
        // for Axon
    }

    @CommandHandler
    public ServiceMaterialsUpdate(RecordServiceMaterialsUpdate command) {
        apply(new ServiceMaterialsUpdateRecorded(command.updateId(), command.details()));
    }

    @CommandHandler
    void handle(CorrectServiceMaterialsUpdate command) {
        RecordRules.requireNotWithdrawn(withdrawn, ServiceMaterialsUpdateDetails.TYPE, updateId);
        apply(new ServiceMaterialsUpdateCorrected(updateId, command.reason(), command.details()));
    }

    @CommandHandler
    void handle(WithdrawServiceMaterialsUpdate command) {
        RecordRules.requireNotWithdrawn(withdrawn, ServiceMaterialsUpdateDetails.TYPE, updateId);
        apply(new RecordWithdrawn(updateId, ServiceMaterialsUpdateDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(ServiceMaterialsUpdateRecorded event) {
        updateId = event.updateId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }
}
