package ruleoflaw.ledger.study.integrity;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/integrity")
class IntegrityWorkResource extends RecordResource<IntegrityWorkDetails> {

    IntegrityWorkResource(RecordSupport support) {
        super(support, IntegrityWorkDetails.TYPE);
    }
}
