package ruleoflaw.ledger.disclosure.item;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.disclosure.CorrectInformationItem;
import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.InformationItemCorrected;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.InformationItemRecorded;
import ruleoflaw.ledger.contracts.disclosure.RecordInformationItem;
import ruleoflaw.ledger.contracts.disclosure.StatutoryKind;
import ruleoflaw.ledger.contracts.disclosure.WithdrawInformationItem;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class InformationItemTest {

    private static final LocalDate FORMED = LocalDate.of(2024, 3, 1);
    private static final InformationItemDetails BUDGET = new InformationItemDetails(InformationCategory.STATUTORY,
            StatutoryKind.BUDGETS_AND_FINAL_ACCOUNTS, "区科技局2024年部门预算", FORMED, LocalDate.of(2024, 3, 15), "政府门户网站",
            "https://www.cqjlp.gov.cn/bmjz/qkjj/budget-2024");

    private FixtureConfiguration<InformationItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InformationItem.class);
    }

    @Test
    void aStatutoryItemIsRecorded() {
        fixture.givenNoPriorActivity().when(new RecordInformationItem("i-1", BUDGET))
                .expectEvents(new InformationItemRecorded("i-1", BUDGET));
    }

    @Test
    void aStatutoryItemNamesItsKindAndWhenItWasFormed() {
        fixture.givenNoPriorActivity()
                .when(new RecordInformationItem("i-1", new InformationItemDetails(InformationCategory.STATUTORY, null,
                        "领导信息", FORMED, FORMED, null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordInformationItem("i-1", new InformationItemDetails(InformationCategory.STATUTORY,
                        StatutoryKind.LEADERS, "领导信息", null, FORMED, null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void onlyAStatutoryItemHasAStatutoryKind() {
        fixture.givenNoPriorActivity()
                .when(new RecordInformationItem("i-1", new InformationItemDetails(InformationCategory.NEWS,
                        StatutoryKind.LEADERS, "科技活动周动态", null, FORMED, null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void nothingIsPublishedBeforeItIsFormed() {
        fixture.givenNoPriorActivity()
                .when(new RecordInformationItem("i-1", new InformationItemDetails(InformationCategory.STATUTORY,
                        StatutoryKind.FUNCTIONS, "机构职能", FORMED, FORMED.minusDays(1), null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void aCorrectionIsCheckedLikeARecordingAndNeedsTheLatestVersion() {
        fixture.given(new InformationItemRecorded("i-1", BUDGET))
                .when(new CorrectInformationItem("i-1", 0L, "发布日期有误", BUDGET))
                .expectEvents(new InformationItemCorrected("i-1", "发布日期有误", BUDGET));
        fixture.given(new InformationItemRecorded("i-1", BUDGET), new InformationItemCorrected("i-1", "x", BUDGET))
                .when(new CorrectInformationItem("i-1", 0L, "又改", BUDGET))
                .expectException(ConflictingAggregateVersionException.class);
        fixture.given(new InformationItemRecorded("i-1", BUDGET))
                .when(new CorrectInformationItem("i-1", 0L, "改", new InformationItemDetails(InformationCategory.STATUTORY,
                        null, "区科技局2024年部门预算", FORMED, FORMED, null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void aWithdrawnItemStaysWithdrawn() {
        fixture.given(new InformationItemRecorded("i-1", BUDGET))
                .when(new WithdrawInformationItem("i-1", 0L, "重复发布"))
                .expectEvents(new RecordWithdrawn("i-1", "disclosure.item", "重复发布"));
        fixture.given(new InformationItemRecorded("i-1", BUDGET), new RecordWithdrawn("i-1", "disclosure.item", "重复发布"))
                .when(new WithdrawInformationItem("i-1", 1L, "再撤"))
                .expectException(RecordConflictException.class);
    }
}
