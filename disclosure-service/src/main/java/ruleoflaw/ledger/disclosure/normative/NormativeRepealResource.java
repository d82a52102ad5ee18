package ruleoflaw.ledger.disclosure.normative;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.NormativeRepealDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/normative-repeals")
class NormativeRepealResource extends RecordResource<NormativeRepealDetails> {

    NormativeRepealResource(RecordSupport support) {
        super(support, NormativeRepealDetails.TYPE);
    }
}
