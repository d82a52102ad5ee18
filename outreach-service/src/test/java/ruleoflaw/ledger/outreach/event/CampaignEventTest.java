package ruleoflaw.ledger.outreach.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.outreach.Campaign;
import ruleoflaw.ledger.contracts.outreach.CampaignEventCorrected;
import ruleoflaw.ledger.contracts.outreach.CampaignEventDetails;
import ruleoflaw.ledger.contracts.outreach.CampaignEventRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectCampaignEvent;
import ruleoflaw.ledger.contracts.outreach.RecordCampaignEvent;
import ruleoflaw.ledger.contracts.outreach.WithdrawCampaignEvent;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class CampaignEventTest {

    private FixtureConfiguration<CampaignEvent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CampaignEvent.class);
    }

    private static final LocalDate MAY_18 = LocalDate.of(2024, 5, 18);
    private static final CampaignEventDetails SCIENCE_WEEK = event(Campaign.SCIENCE_WEEK, null, "2024年科技活动周九龙坡区主场活动",
            MAY_18, MAY_18.plusDays(6));

    private static CampaignEventDetails event(Campaign campaign, String name, String title, LocalDate from, LocalDate to) {
        return new CampaignEventDetails(campaign, name, title, from, to, List.of("区委宣传部", "区科协"), 3000,
                List.of("中华人民共和国科学技术普及法"));
    }

    @Test
    void anEventIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordCampaignEvent("r-1", event(Campaign.SCIENCE_WEEK, null, " 2024年科技活动周九龙坡区主场活动 ",
                        MAY_18, MAY_18.plusDays(6))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CampaignEventRecorded("r-1", SCIENCE_WEEK));
    }

    @Test
    void aOneDayEventOfANamedOtherCampaignIsRecorded() {
        CampaignEventDetails other = event(Campaign.OTHER, "民法典宣传月", "民法典进社区", MAY_18, MAY_18);
        fixture.givenNoPriorActivity()
                .when(new RecordCampaignEvent("r-1", new CampaignEventDetails(Campaign.OTHER, " 民法典宣传月 ", "民法典进社区",
                        MAY_18, MAY_18, List.of("区委宣传部", "区科协"), 3000, List.of("中华人民共和国科学技术普及法"))))
                .expectEvents(new CampaignEventRecorded("r-1", other));
    }

    @Test
    void anotherCampaignWithoutItsNameIsRefusedNamingCampaignNameAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordCampaignEvent("r-1", event(Campaign.OTHER, "  ", "普法进企业", MAY_18, MAY_18)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("campaignName"))
                .expectNoEvents();
    }

    @Test
    void anEventEndingBeforeItStartsIsRefusedNamingEndsOnAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordCampaignEvent("r-1", event(Campaign.SCIENCE_DAY, null, "全国科普日", MAY_18, MAY_18.minusDays(1))))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("endsOn"))
                .expectExceptionMessage("must not be before startsOn")
                .expectNoEvents();
    }

    @Test
    void anEventLastingMoreThanAYearIsRefusedNamingEndsOn() {
        fixture.givenNoPriorActivity()
                .when(new RecordCampaignEvent("r-1", event(Campaign.CONSTITUTION_WEEK, null, "宪法宣传周", MAY_18,
                        MAY_18.plusYears(1).plusDays(1))))
                .expectException(refusedOn("endsOn"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheEventsRules() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK))
                .when(new CorrectCampaignEvent("r-1", 0L, "结束日期", event(Campaign.SCIENCE_WEEK, null, "科技活动周", MAY_18,
                        MAY_18.minusDays(2))))
                .expectException(refusedOn("endsOn"))
                .expectNoEvents();
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK))
                .when(new CorrectCampaignEvent("r-1", 0L, "改为其他活动", event(Campaign.OTHER, null, "科技活动周", MAY_18,
                        MAY_18)))
                .expectException(refusedOn("campaignName"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheRecordAnewWithItsReason() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK))
                .when(new CorrectCampaignEvent("r-1", 0L, "更正录入错误", event(Campaign.SCIENCE_DAY, null, "2024年全国科普日活动", MAY_18, MAY_18)))
                .expectEvents(new CampaignEventCorrected("r-1", "更正录入错误", event(Campaign.SCIENCE_DAY, null, "2024年全国科普日活动", MAY_18, MAY_18)));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK), new CampaignEventCorrected("r-1", "改", SCIENCE_WEEK))
                .when(new CorrectCampaignEvent("r-1", 0L, "又改", event(Campaign.SCIENCE_DAY, null, "2024年全国科普日活动", MAY_18, MAY_18)))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK))
                .when(new WithdrawCampaignEvent("r-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("r-1", "outreach.event", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK), new CampaignEventCorrected("r-1", "改", SCIENCE_WEEK))
                .when(new WithdrawCampaignEvent("r-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK), new RecordWithdrawn("r-1", "outreach.event", "重复录入"))
                .when(new CorrectCampaignEvent("r-1", 1L, "改", event(Campaign.SCIENCE_DAY, null, "2024年全国科普日活动", MAY_18, MAY_18)))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new CampaignEventRecorded("r-1", SCIENCE_WEEK), new RecordWithdrawn("r-1", "outreach.event", "重复录入"))
                .when(new WithdrawCampaignEvent("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
