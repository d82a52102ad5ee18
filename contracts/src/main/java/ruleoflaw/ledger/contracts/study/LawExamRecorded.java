package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record LawExamRecorded(String examId, LawExamDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return examId;
    }
}
