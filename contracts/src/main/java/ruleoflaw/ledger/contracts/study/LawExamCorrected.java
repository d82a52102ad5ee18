package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record LawExamCorrected(String examId, String reason, LawExamDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return examId;
    }
}
