package ruleoflaw.ledger.outreach.record;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * A simple record of 普法与科普: a publicity campaign event, a contest series or one of its editions, a policy briefing
 * or an enterprise visit. Commands by this context's names, which Axon Server routes here.
 */
@Aggregate
public class OutreachRecord extends SimpleRecord {

    protected OutreachRecord() {
        // for Axon
    }

    @CommandHandler(commandName = "outreach" + RECORD)
    public OutreachRecord(RecordCommands.Record command) {
        super(command);
    }

    @CommandHandler(commandName = "outreach" + CORRECT)
    void handle(RecordCommands.Correct command) {
        correct(command);
    }

    @CommandHandler(commandName = "outreach" + WITHDRAW)
    void handle(RecordCommands.Withdraw command) {
        withdraw(command);
    }
}
