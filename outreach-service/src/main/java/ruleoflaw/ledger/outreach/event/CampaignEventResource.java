package ruleoflaw.ledger.outreach.event;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/outreach/events")
class CampaignEventResource extends RecordResource<CampaignEventDetails> {

    CampaignEventResource(RecordSupport support) {
        super(support, CampaignEventDetails.TYPE);
    }
}
