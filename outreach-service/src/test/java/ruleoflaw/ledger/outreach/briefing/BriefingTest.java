package ruleoflaw.ledger.outreach.briefing;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.outreach.BriefingCorrected;
import ruleoflaw.ledger.contracts.outreach.BriefingDetails;
import ruleoflaw.ledger.contracts.outreach.BriefingRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectBriefing;
import ruleoflaw.ledger.contracts.outreach.RecordBriefing;
import ruleoflaw.ledger.contracts.outreach.WithdrawBriefing;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class BriefingTest {

    private FixtureConfiguration<Briefing> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Briefing.class);
    }

    private static final LocalDate JUNE_12 = LocalDate.of(2024, 6, 12);
    private static final BriefingDetails BRIEFING = briefing("高新技术企业申报政策宣讲会", 80, 45);

    private static BriefingDetails briefing(String title, int attendees, int enterprises) {
        return new BriefingDetails(title, JUNE_12, List.of("高企申报流程和注意事项", "知识产权政策", "研发费用加计扣除政策", "科技创新政策"),
                List.of("服务机构", "区市场监管局", "区税务局"), attendees, enterprises);
    }

    @Test
    void aBriefingIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordBriefing("r-1", briefing(" 高新技术企业申报政策宣讲会 ", 80, 45)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BriefingRecorded("r-1", BRIEFING));
    }

    @Test
    void moreEnterprisesThanAttendeesAreRefusedNamingEnterprisesPresentAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordBriefing("r-1", briefing("高新技术企业申报政策宣讲会", 40, 45)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("enterprisesPresent"))
                .expectExceptionMessage("must not exceed attendees")
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheBriefingsRule() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING))
                .when(new CorrectBriefing("r-1", 0L, "人数", briefing("高新技术企业申报政策宣讲会", 10, 45)))
                .expectException(refusedOn("enterprisesPresent"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheRecordAnewWithItsReason() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING))
                .when(new CorrectBriefing("r-1", 0L, "更正录入错误", briefing("高新技术企业申报政策宣讲会（第二场）", 85, 50)))
                .expectEvents(new BriefingCorrected("r-1", "更正录入错误", briefing("高新技术企业申报政策宣讲会（第二场）", 85, 50)));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING), new BriefingCorrected("r-1", "改", BRIEFING))
                .when(new CorrectBriefing("r-1", 0L, "又改", briefing("高新技术企业申报政策宣讲会（第二场）", 85, 50)))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING))
                .when(new WithdrawBriefing("r-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("r-1", "outreach.briefing", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING), new BriefingCorrected("r-1", "改", BRIEFING))
                .when(new WithdrawBriefing("r-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new BriefingRecorded("r-1", BRIEFING), new RecordWithdrawn("r-1", "outreach.briefing", "重复录入"))
                .when(new CorrectBriefing("r-1", 1L, "改", briefing("高新技术企业申报政策宣讲会（第二场）", 85, 50)))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new BriefingRecorded("r-1", BRIEFING), new RecordWithdrawn("r-1", "outreach.briefing", "重复录入"))
                .when(new WithdrawBriefing("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
