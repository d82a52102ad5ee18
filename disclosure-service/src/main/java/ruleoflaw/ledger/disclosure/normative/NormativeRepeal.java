package ruleoflaw.ledger.disclosure.normative;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.disclosure.CorrectNormativeRepeal;
import ruleoflaw.ledger.contracts.disclosure.RecordNormativeRepeal;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealCorrected;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealRecorded;
import ruleoflaw.ledger.contracts.disclosure.WithdrawNormativeRepeal;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** The repeal of a normative document (issued in this or an earlier year). */
@Aggregate
public class NormativeRepeal {

    @AggregateIdentifier
    private String repealId;
    private boolean withdrawn;

    protected NormativeRepeal() {
        // for Axon
    }

    @CommandHandler
    public NormativeRepeal(RecordNormativeRepeal command) {
        apply(new NormativeRepealRecorded(command.repealId(), command.details()));
    }

    @CommandHandler
    void handle(CorrectNormativeRepeal command) {
        RecordRules.requireNotWithdrawn(withdrawn, NormativeRepealDetails.TYPE, repealId);
        apply(new NormativeRepealCorrected(repealId, command.reason(), command.details()));
    }

    @CommandHandler
    void handle(WithdrawNormativeRepeal command) {
        RecordRules.requireNotWithdrawn(withdrawn, NormativeRepealDetails.TYPE, repealId);
        apply(new RecordWithdrawn(repealId, NormativeRepealDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(NormativeRepealRecorded event) {
        repealId = event.repealId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }
}
