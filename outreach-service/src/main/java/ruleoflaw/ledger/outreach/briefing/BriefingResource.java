package ruleoflaw.ledger.outreach.briefing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.outreach.CorrectBriefing;
import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.RecordBriefing;
import ruleoflaw.ledger.contracts.outreach.WithdrawBriefing;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/outreach/briefings")
class BriefingResource extends RecordResource<BriefingDetails> {

    BriefingResource(RecordSupport support) {
        super(support, BriefingDetails.TYPE, new Commands<>(RecordBriefing::new, CorrectBriefing::new, WithdrawBriefing::new));
    }
}
