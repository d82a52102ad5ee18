package ruleoflaw.ledger.disclosure.item;

import java.time.LocalDate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.InformationItemRecorded;
import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class InformationItemRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/disclosure/items";
    }

    @Override
    protected String record(String text) {
        return """
                {"category":"GUIDE","title":"%s","publishedOn":"2011-01-10","channel":"政府门户网站"}""".formatted(text);
    }

    @Override
    protected DomainEventMessage<?> storedByThePreviousRelease(String id, String text) {
        return new GenericDomainEventMessage<>("InformationItem", id, 0, new InformationItemRecorded(id,
                new InformationItemDetails(InformationCategory.GUIDE, null, text, null, LocalDate.of(YEAR, 1, 10),
                        "政府门户网站", null)));
    }
}
