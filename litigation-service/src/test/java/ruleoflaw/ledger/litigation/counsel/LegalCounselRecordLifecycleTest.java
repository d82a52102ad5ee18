package ruleoflaw.ledger.litigation.counsel;

import java.time.LocalDate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselRecorded;
import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class LegalCounselRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/litigation/counsel";
    }

    @Override
    protected String record(String text) {
        return """
                {"name":"%s","firm":"重庆渝法律师事务所","termStart":"2011-01-01","termEnd":"2011-12-31","retainedOn":"2011-01-05","filedOn":"2011-01-19"}""".formatted(text);
    }

    @Override
    protected DomainEventMessage<?> storedByThePreviousRelease(String id, String text) {
        return new GenericDomainEventMessage<>("LegalCounsel", id, 0, new LegalCounselRecorded(id, new LegalCounselDetails(
                text, "重庆渝法律师事务所", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 1, 5),
                LocalDate.of(YEAR, 1, 19))));
    }
}
