package ruleoflaw.ledger.disclosure.item;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/items")
class InformationItemResource extends RecordResource<InformationItemDetails> {

    InformationItemResource(RecordSupport support) {
        super(support, InformationItemDetails.TYPE);
    }
}
