package ruleoflaw.ledger.study.lawlist;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/study/law-lists")
class RequiredLawListResource extends RecordResource<RequiredLawListDetails> {

    RequiredLawListResource(RecordSupport support) {
        super(support, RequiredLawListDetails.TYPE);
    }
}
