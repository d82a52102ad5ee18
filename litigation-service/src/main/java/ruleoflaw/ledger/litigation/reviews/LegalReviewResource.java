package ruleoflaw.ledger.litigation.reviews;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/litigation/reviews")
class LegalReviewResource extends RecordResource<LegalReviewDetails> {

    LegalReviewResource(RecordSupport support) {
        super(support, LegalReviewDetails.TYPE);
    }
}
