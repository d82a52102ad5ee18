package ruleoflaw.ledger.study.hearing;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/hearings")
class HearingAttendanceResource extends RecordResource<HearingAttendanceDetails> {

    HearingAttendanceResource(RecordSupport support) {
        super(support, HearingAttendanceDetails.TYPE);
    }
}
