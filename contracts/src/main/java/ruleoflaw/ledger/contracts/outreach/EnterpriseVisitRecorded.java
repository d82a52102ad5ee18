package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record EnterpriseVisitRecorded(String visitId, EnterpriseVisitDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return visitId;
    }
}
