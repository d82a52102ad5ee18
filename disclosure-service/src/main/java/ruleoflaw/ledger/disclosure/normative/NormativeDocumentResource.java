package ruleoflaw.ledger.disclosure.normative;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/normative-documents")
class NormativeDocumentResource extends RecordResource<NormativeDocumentDetails> {

    NormativeDocumentResource(RecordSupport support) {
        super(support, NormativeDocumentDetails.TYPE);
    }
}
