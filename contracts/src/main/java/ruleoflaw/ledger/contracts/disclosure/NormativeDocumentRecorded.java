package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record NormativeDocumentRecorded(String documentId, NormativeDocumentDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return documentId;
    }
}
