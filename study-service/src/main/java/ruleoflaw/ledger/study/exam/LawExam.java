package ruleoflaw.ledger.study.exam;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectLawExam;
import ruleoflaw.ledger.contracts.study.LawExamCorrected;
import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawExamRecorded;
import ruleoflaw.ledger.contracts.study.RecordLawExam;
import ruleoflaw.ledger.contracts.study.WithdrawLawExam;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One law exam (法治理论知识考试): nobody passes who did not sit it, nobody sits it who was not eligible. */
@Aggregate
public class LawExam {

    @AggregateIdentifier
    private String examId;
    private boolean withdrawn;

    protected LawExam() {
        // for Axon
    }

    @CommandHandler
    public LawExam(RecordLawExam command) {
        apply(new LawExamRecorded(command.examId(), checked(command.details())));
    }

    @CommandHandler
    void handle(CorrectLawExam command) {
        RecordRules.requireNotWithdrawn(withdrawn, LawExamDetails.TYPE, examId);
        apply(new LawExamCorrected(examId, command.reason(), checked(command.details())));
    }

    @CommandHandler
    void handle(WithdrawLawExam command) {
        RecordRules.requireNotWithdrawn(withdrawn, LawExamDetails.TYPE, examId);
        apply(new RecordWithdrawn(examId, LawExamDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(LawExamRecorded event) {
        examId = event.examId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    /** passed ≤ participants ≤ eligible, or nothing is recorded; the title without surrounding blanks. */
    private static LawExamDetails checked(LawExamDetails details) {
        if (details.passed() > details.participants()) {
            throw new InvalidFieldException("passed", "must not exceed participants");
        }
        if (details.participants() > details.eligible()) {
            throw new InvalidFieldException("participants", "must not exceed eligible");
        }
        return new LawExamDetails(details.heldOn(), details.title().strip(), details.eligible(), details.participants(),
                details.passed(), details.averageScore());
    }
}
