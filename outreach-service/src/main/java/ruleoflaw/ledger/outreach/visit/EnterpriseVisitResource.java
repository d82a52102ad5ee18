package ruleoflaw.ledger.outreach.visit;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/outreach/visits")
class EnterpriseVisitResource extends RecordResource<EnterpriseVisitDetails> {

    EnterpriseVisitResource(RecordSupport support) {
        super(support, EnterpriseVisitDetails.TYPE);
    }
}
