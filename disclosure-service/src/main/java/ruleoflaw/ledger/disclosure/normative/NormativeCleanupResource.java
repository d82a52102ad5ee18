package ruleoflaw.ledger.disclosure.normative;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.NormativeCleanupDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/normative-cleanups")
class NormativeCleanupResource extends RecordResource<NormativeCleanupDetails> {

    NormativeCleanupResource(RecordSupport support) {
        super(support, NormativeCleanupDetails.TYPE);
    }
}
