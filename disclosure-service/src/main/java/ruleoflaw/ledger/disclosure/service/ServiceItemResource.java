package ruleoflaw.ledger.disclosure.service;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.ServiceItemDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/service-items")
class ServiceItemResource extends RecordResource<ServiceItemDetails> {

    ServiceItemResource(RecordSupport support) {
        super(support, ServiceItemDetails.TYPE);
    }
}
