package ruleoflaw.ledger.platform.record;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.contracts.record.RecordStated;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.record.SimpleRecordCorrected;
import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;

/**
 * A simple record, of any type: recorded once its type's rules hold ({@code RecordDetails.checked()}), corrected in
 * full with a reason, withdrawn with a reason, and neither once withdrawn. Each domain service has one aggregate that
 * extends it and handles {@link RecordCommands} under its context's names ({@value #RECORD}, ... after the context),
 * which {@link RecordResource} sends. Records stored with their type's own events source the same way.
 */
public abstract class SimpleRecord {

    public static final String RECORD = ".record";
    public static final String CORRECT = ".correct";
    public static final String WITHDRAW = ".withdraw";

    @AggregateIdentifier
    private String recordId;
    private String recordType;
    private boolean withdrawn;

    protected SimpleRecord() {
        // for Axon
    }

    protected SimpleRecord(RecordCommands.Record command) {
        apply(new SimpleRecordRecorded(command.recordId(), command.details().checked()));
    }

    protected void correct(RecordCommands.Correct command) {
        RecordRules.requireNotWithdrawn(withdrawn, recordType, recordId);
        apply(new SimpleRecordCorrected(recordId, command.reason(), command.details().checked()));
    }

    protected void withdraw(RecordCommands.Withdraw command) {
        RecordRules.requireNotWithdrawn(withdrawn, recordType, recordId);
        apply(new RecordWithdrawn(recordId, recordType, command.reason()));
    }

    @EventSourcingHandler
    void on(RecordStated event) {
        recordId = event.recordId();
        recordType = event.details().recordType();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }
}
