package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record EnterpriseVisitCorrected(String visitId, String reason, EnterpriseVisitDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return visitId;
    }
}
