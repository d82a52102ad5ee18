package ruleoflaw.ledger.study.meeting;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/meetings")
class DecisionMeetingResource extends RecordResource<DecisionMeetingDetails> {

    DecisionMeetingResource(RecordSupport support) {
        super(support, DecisionMeetingDetails.TYPE);
    }
}
