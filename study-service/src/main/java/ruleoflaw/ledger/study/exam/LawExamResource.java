package ruleoflaw.ledger.study.exam;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/exams")
class LawExamResource extends RecordResource<LawExamDetails> {

    LawExamResource(RecordSupport support) {
        super(support, LawExamDetails.TYPE);
    }
}
