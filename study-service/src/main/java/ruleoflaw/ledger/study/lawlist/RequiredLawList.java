package ruleoflaw.ledger.study.lawlist;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectRequiredLawList;
import ruleoflaw.ledger.contracts.study.LawNames;
import ruleoflaw.ledger.contracts.study.RecordRequiredLawList;
import ruleoflaw.ledger.contracts.study.RequiredLawListCorrected;
import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.contracts.study.RequiredLawListRecorded;
import ruleoflaw.ledger.contracts.study.WithdrawRequiredLawList;
import ruleoflaw.ledger.platform.record.RecordRules;

/** The required law list of one year. */
@Aggregate
public class RequiredLawList {

    @AggregateIdentifier
    private String listId;
    private boolean withdrawn;

    protected RequiredLawList() {
        // for Axon
    }

    @CommandHandler
    public RequiredLawList(RecordRequiredLawList command) {
        apply(new RequiredLawListRecorded(command.listId(), withLawNames(command.details())));
    }

    @CommandHandler
    void handle(CorrectRequiredLawList command) {
        RecordRules.requireNotWithdrawn(withdrawn, RequiredLawListDetails.TYPE, listId);
        apply(new RequiredLawListCorrected(listId, command.reason(), withLawNames(command.details())));
    }

    @CommandHandler
    void handle(WithdrawRequiredLawList command) {
        RecordRules.requireNotWithdrawn(withdrawn, RequiredLawListDetails.TYPE, listId);
        apply(new RecordWithdrawn(listId, RequiredLawListDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(RequiredLawListRecorded event) {
        listId = event.listId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static RequiredLawListDetails withLawNames(RequiredLawListDetails details) {
        return new RequiredLawListDetails(details.year(), details.title().strip(),
                List.copyOf(LawNames.canonical(details.laws())));
    }
}
