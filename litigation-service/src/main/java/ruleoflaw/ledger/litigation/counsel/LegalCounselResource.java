package ruleoflaw.ledger.litigation.counsel;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/litigation/counsel")
class LegalCounselResource extends RecordResource<LegalCounselDetails> {

    LegalCounselResource(RecordSupport support) {
        super(support, LegalCounselDetails.TYPE);
    }
}
