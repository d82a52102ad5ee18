package ruleoflaw.ledger.disclosure.record;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * A simple record of 政务公开: an information item published, a normative document issued or repealed, an online
 * service item or an update of its materials. Commands by this context's names, which Axon Server routes here.
 */
@Aggregate
public class DisclosureRecord extends SimpleRecord {

    protected DisclosureRecord() {
        // for Axon
    }

    @CommandHandler(commandName = "disclosure" + RECORD)
    public DisclosureRecord(RecordCommands.Record command) {
        super(command);
    }

    @CommandHandler(commandName = "disclosure" + CORRECT)
    void handle(RecordCommands.Correct command) {
        correct(command);
    }

    @CommandHandler(commandName = "disclosure" + WITHDRAW)
    void handle(RecordCommands.Withdraw command) {
        withdraw(command);
    }
}
