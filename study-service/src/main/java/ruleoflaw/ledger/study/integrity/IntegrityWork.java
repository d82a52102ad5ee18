package ruleoflaw.ledger.study.integrity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectIntegrityWork;
import ruleoflaw.ledger.contracts.study.IntegrityWorkCorrected;
import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.contracts.study.IntegrityWorkKind;
import ruleoflaw.ledger.contracts.study.IntegrityWorkRecorded;
import ruleoflaw.ledger.contracts.study.RecordIntegrityWork;
import ruleoflaw.ledger.contracts.study.WithdrawIntegrityWork;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One piece of integrity work (党风廉政): an integrity study session, or a talk naming how many were talked to. */
@Aggregate
public class IntegrityWork {

    @AggregateIdentifier
    private String workId;
    private boolean withdrawn;

    protected IntegrityWork() {
        // for Axon
    }

    @CommandHandler
    public IntegrityWork(RecordIntegrityWork command) {
        apply(new IntegrityWorkRecorded(command.workId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectIntegrityWork command) {
        RecordRules.requireNotWithdrawn(withdrawn, IntegrityWorkDetails.TYPE, workId);
        apply(new IntegrityWorkCorrected(workId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawIntegrityWork command) {
        RecordRules.requireNotWithdrawn(withdrawn, IntegrityWorkDetails.TYPE, workId);
        apply(new RecordWithdrawn(workId, IntegrityWorkDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(IntegrityWorkRecorded event) {
        workId = event.workId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** A talk names at least one person talked to, or nothing is recorded; the title without surrounding blanks. */
    private static IntegrityWorkDetails checked(IntegrityWorkDetails details) {
        if (details.kind() == IntegrityWorkKind.INTEGRITY_TALK && (details.persons() == null || details.persons() < 1)) {
            throw new InvalidFieldException("persons", "an integrity talk names how many persons were talked to");
        }
        return new IntegrityWorkDetails(details.kind(), details.heldOn(), details.title().strip(), details.persons());
    }
}
