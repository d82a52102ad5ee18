package ruleoflaw.ledger.study.record;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.RecordCommands;
import ruleoflaw.ledger.platform.record.SimpleRecord;

/**
 * A simple record of 学法与会议: a study session (集中学习, 理论学习中心组学习, 专题培训, 领导干部讲法治课, ...), a law
 * exam (法治理论知识考试), a court hearing attended (旁听庭审), a decision meeting (党组会, 局长办公会, 专题讨论会), a
 * piece of integrity work (党风廉政专题研究, 约谈) or a year's required law list (应知应会法律清单). Commands by this
 * context's names, which Axon Server routes here.
 */
@Aggregate
public class StudyRecord extends SimpleRecord {

    protected StudyRecord() {
        // for Axon
    }

    @CommandHandler(commandName = "study" + RECORD)
    public StudyRecord(RecordCommands.Record command) {
        super(command);
    }

    @CommandHandler(commandName = "study" + CORRECT)
    void handle(RecordCommands.Correct command) {
        correct(command);
    }

    @CommandHandler(commandName = "study" + WITHDRAW)
    void handle(RecordCommands.Withdraw command) {
        withdraw(command);
    }
}
