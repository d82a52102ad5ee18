package ruleoflaw.ledger.outreach.visit;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.outreach.CorrectEnterpriseVisit;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitCorrected;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitDetails;
import ruleoflaw.ledger.contracts.outreach.EnterpriseVisitRecorded;
import ruleoflaw.ledger.contracts.outreach.RecordEnterpriseVisit;
import ruleoflaw.ledger.contracts.outreach.WithdrawEnterpriseVisit;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class EnterpriseVisitTest {

    private FixtureConfiguration<EnterpriseVisit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnterpriseVisit.class);
    }

    private static final LocalDate VISITED_ON = LocalDate.of(2024, 7, 3);
    private static final EnterpriseVisitDetails VISIT = visit("重庆某某科技有限公司", "91500107MA5U3B8X1C");

    private static EnterpriseVisitDetails visit(String enterprise, String code) {
        return new EnterpriseVisitDetails(enterprise, code, VISITED_ON, List.of("高新技术企业认定", "科学技术进步法"),
                List.of("协助准备高企申报材料"));
    }

    @Test
    void aVisitIsRecordedWithTheCodeInUpperCaseAndTheNameStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordEnterpriseVisit("r-1", visit(" 重庆某某科技有限公司 ", " 91500107ma5u3b8x1c ")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EnterpriseVisitRecorded("r-1", VISIT));
    }

    @Test
    void aCodeWithAWrongCheckCharacterIsRefusedNamingCreditCodeAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordEnterpriseVisit("r-1", visit("重庆某某科技有限公司", "91500107MA5U3B8X1D")))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("creditCode"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheCodeValid() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT))
                .when(new CorrectEnterpriseVisit("r-1", 0L, "代码", visit("重庆某某科技有限公司", "91500107MA5U3B8X1")))
                .expectException(refusedOn("creditCode"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheRecordAnewWithItsReason() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT))
                .when(new CorrectEnterpriseVisit("r-1", 0L, "更正录入错误", visit("重庆另一科技有限公司", "91500107MA60HQ2K8G")))
                .expectEvents(new EnterpriseVisitCorrected("r-1", "更正录入错误", visit("重庆另一科技有限公司", "91500107MA60HQ2K8G")));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT), new EnterpriseVisitCorrected("r-1", "改", VISIT))
                .when(new CorrectEnterpriseVisit("r-1", 0L, "又改", visit("重庆另一科技有限公司", "91500107MA60HQ2K8G")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT))
                .when(new WithdrawEnterpriseVisit("r-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("r-1", "outreach.visit", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT), new EnterpriseVisitCorrected("r-1", "改", VISIT))
                .when(new WithdrawEnterpriseVisit("r-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT), new RecordWithdrawn("r-1", "outreach.visit", "重复录入"))
                .when(new CorrectEnterpriseVisit("r-1", 1L, "改", visit("重庆另一科技有限公司", "91500107MA60HQ2K8G")))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new EnterpriseVisitRecorded("r-1", VISIT), new RecordWithdrawn("r-1", "outreach.visit", "重复录入"))
                .when(new WithdrawEnterpriseVisit("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
