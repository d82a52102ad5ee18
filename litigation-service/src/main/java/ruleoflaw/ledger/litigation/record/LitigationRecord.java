package ruleoflaw.ledger.litigation.record;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * A simple record of 法务: a legal counsel retained (法律顾问), a legality review (合法性审查). Legal cases, with
 * their defence clock, keep an aggregate of their own. Commands by this context's names, which Axon Server routes here.
 */
@Aggregate
public class LitigationRecord extends SimpleRecord {

    protected LitigationRecord() {
        // for Axon
    }

    @CommandHandler(commandName = "litigation" + RECORD)
    public LitigationRecord(RecordCommands.Record command) {
        super(command);
    }

    @CommandHandler(commandName = "litigation" + CORRECT)
    void handle(RecordCommands.Correct command) {
        correct(command);
    }

    @CommandHandler(commandName = "litigation" + WITHDRAW)
    void handle(RecordCommands.Withdraw command) {
        withdraw(command);
    }
}
