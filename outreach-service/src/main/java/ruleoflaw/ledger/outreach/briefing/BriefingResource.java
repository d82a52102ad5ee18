package ruleoflaw.ledger.outreach.briefing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/outreach/briefings")
class BriefingResource extends RecordResource<BriefingDetails> {

    BriefingResource(RecordSupport support) {
        super(support, BriefingDetails.TYPE);
    }
}
