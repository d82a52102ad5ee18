package ruleoflaw.ledger.outreach.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import ruleoflaw.ledger.contracts.outreach.Campaign;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class CampaignEventRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/outreach/events";
    }

    @Override
    protected String record(String text) {
        return """
                {"campaign":"SCIENCE_WEEK","title":"%s","startsOn":"2011-05-25","endsOn":"2011-05-31","partners":["区科协"],"estimatedAudience":300,"laws":["中华人民共和国科学技术普及法"]}""".formatted(text);
    }

    @Override
    protected DomainEventMessage<?> storedByThePreviousRelease(String id, String text) {
        return new GenericDomainEventMessage<>("CampaignEvent", id, 0, new CampaignEventRecorded(id,
                new CampaignEventDetails(Campaign.SCIENCE_WEEK, null, text, LocalDate.of(YEAR, 5, 25),
                        LocalDate.of(YEAR, 5, 31), List.of("区科协"), 300, List.of("中华人民共和国科学技术普及法"))));
    }
}
