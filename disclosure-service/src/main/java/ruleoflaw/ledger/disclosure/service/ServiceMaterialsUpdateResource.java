package ruleoflaw.ledger.disclosure.service;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateDetails;
import ruleoflaw.ledger.platform.record.RecordResource;
import ruleoflaw.ledger.platform.record.RecordSupport;

@RestController
@RequestMapping("/api/disclosure/service-materials-updates")
class ServiceMaterialsUpdateResource extends RecordResource<ServiceMaterialsUpdateDetails> {

    ServiceMaterialsUpdateResource(RecordSupport support) {
        super(support, ServiceMaterialsUpdateDetails.TYPE);
    }
}
