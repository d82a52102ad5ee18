package ruleoflaw.ledger.study.meeting;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.CorrectDecisionMeeting;
import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.RecordDecisionMeeting;
import ruleoflaw.ledger.contracts.study.WithdrawDecisionMeeting;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/meetings")
class DecisionMeetingResource extends RecordResource<DecisionMeetingDetails> {

    DecisionMeetingResource(RecordSupport support) {
        super(support, DecisionMeetingDetails.TYPE, new Commands<>(RecordDecisionMeeting::new,
                CorrectDecisionMeeting::new, WithdrawDecisionMeeting::new));
    }
}
