package ruleoflaw.ledger.outreach.visit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.outreach.CorrectEnterpriseVisit;
import ruleoflaw.ledger.contracts.outreach.CreditCode;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitCorrected;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitRecorded;
import ruleoflaw.ledger.contracts.outreach.RecordEnterpriseVisit;
import ruleoflaw.ledger.contracts.outreach.WithdrawEnterpriseVisit;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One enterprise visit (一企一策), the enterprise known by its unified social credit code. */
@Aggregate
public class EnterpriseVisit {

    @AggregateIdentifier
    private String visitId;
    private boolean withdrawn;

    protected EnterpriseVisit() {
        // for Axon
    }

    @CommandHandler
    public EnterpriseVisit(RecordEnterpriseVisit command) {
        apply(new EnterpriseVisitRecorded(command.visitId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectEnterpriseVisit command) {
        RecordRules.requireNotWithdrawn(withdrawn, EnterpriseVisitDetails.TYPE, visitId);
        apply(new EnterpriseVisitCorrected(visitId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawEnterpriseVisit command) {
        RecordRules.requireNotWithdrawn(withdrawn, EnterpriseVisitDetails.TYPE, visitId);
        apply(new RecordWithdrawn(visitId, EnterpriseVisitDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(EnterpriseVisitRecorded event) {
        visitId = event.visitId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** A valid credit code, stored in upper case, or nothing is recorded; the name without surrounding blanks. */
    private static EnterpriseVisitDetails checked(EnterpriseVisitDetails details) {
        if (!CreditCode.Check.valid(details.creditCode())) {
            throw new InvalidFieldException("creditCode", "must be an 18-character unified social credit code with a "
                    + "valid check character");
        }
        return new EnterpriseVisitDetails(details.enterprise().strip(), CreditCode.Check.normalized(details.creditCode()),
                details.visitedOn(), details.topics(), details.followUps());
    }
}
