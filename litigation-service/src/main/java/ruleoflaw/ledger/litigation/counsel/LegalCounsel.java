package ruleoflaw.ledger.litigation.counsel;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.litigation.CorrectLegalCounsel;
import ruleoflaw.ledger.contracts.litigation.LegalCounselCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselRecorded;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCounsel;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCounsel;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/**
 * One legal counsel retained (法律顾问 聘请). Filing (报备) and an early end of the term are corrections that give
 * {@code filedOn} or the new {@code termEnd}, with the reason: the history keeps when and why.
 */
@Aggregate
public class LegalCounsel {

    @AggregateIdentifier
    private String counselId;
    private boolean withdrawn;

    protected LegalCounsel() {
        // for Axon
    }

    @CommandHandler
    public LegalCounsel(RecordLegalCounsel command) {
        apply(new LegalCounselRecorded(command.counselId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectLegalCounsel command) {
        RecordRules.requireNotWithdrawn(withdrawn, LegalCounselDetails.TYPE, counselId);
        apply(new LegalCounselCorrected(counselId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawLegalCounsel command) {
        RecordRules.requireNotWithdrawn(withdrawn, LegalCounselDetails.TYPE, counselId);
        apply(new RecordWithdrawn(counselId, LegalCounselDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(LegalCounselRecorded event) {
        counselId = event.counselId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** The term ends on or after it starts; the filing is not before the retaining. */
    private static LegalCounselDetails checked(LegalCounselDetails d) {
        if (d.termEnd().isBefore(d.termStart())) {
            throw new InvalidFieldException("termEnd", "must not be before termStart (" + d.termStart() + ")");
        }
        if (d.filedOn() != null && d.filedOn().isBefore(d.retainedOn())) {
            throw new InvalidFieldException("filedOn", "must not be before retainedOn (" + d.retainedOn() + ")");
        }
        return new LegalCounselDetails(d.name().strip(), d.firm().strip(), d.termStart(), d.termEnd(), d.retainedOn(),
                d.filedOn());
    }
}
