package ruleoflaw.ledger.study.session;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/sessions")
class StudySessionResource extends RecordResource<StudySessionDetails> {

    StudySessionResource(RecordSupport support) {
        super(support, StudySessionDetails.TYPE);
    }
}
