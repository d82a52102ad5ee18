package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record NormativeDocumentCorrected(String documentId, String reason, NormativeDocumentDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return documentId;
    }
}
