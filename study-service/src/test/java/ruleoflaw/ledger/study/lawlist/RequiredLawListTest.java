package ruleoflaw.ledger.study.lawlist;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectRequiredLawList;
import ruleoflaw.ledger.contracts.study.RecordRequiredLawList;
import ruleoflaw.ledger.contracts.study.RequiredLawListCorrected;
import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.contracts.study.RequiredLawListRecorded;
import ruleoflaw.ledger.contracts.study.WithdrawRequiredLawList;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class RequiredLawListTest {

    private static final RequiredLawListDetails LIST_2024 = new RequiredLawListDetails(2024, "2024年应知应会法律清单",
            List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法"));

    private FixtureConfiguration<RequiredLawList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RequiredLawList.class);
    }

    @Test
    void theListNamesEachLawOnceUnderItsFullName() {
        fixture.givenNoPriorActivity()
                .when(new RecordRequiredLawList("l-2024", new RequiredLawListDetails(2024, " 2024年应知应会法律清单 ",
                        List.of("《宪法》", "中华人民共和国宪法", "科学技术进步法"))))
                .expectEvents(new RequiredLawListRecorded("l-2024", LIST_2024));
    }

    @Test
    void aCorrectionReplacesTheLaws() {
        RequiredLawListDetails longer = new RequiredLawListDetails(2024, "2024年应知应会法律清单",
                List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法", "中华人民共和国保守国家秘密法"));
        fixture.given(new RequiredLawListRecorded("l-2024", LIST_2024))
                .when(new CorrectRequiredLawList("l-2024", 0L, "补充保密法", longer))
                .expectEvents(new RequiredLawListCorrected("l-2024", "补充保密法", longer));
    }

    @Test
    void aWithdrawnListStaysWithdrawn() {
        fixture.given(new RequiredLawListRecorded("l-2024", LIST_2024))
                .when(new WithdrawRequiredLawList("l-2024", 0L, "录错年份"))
                .expectEvents(new RecordWithdrawn("l-2024", "study.lawList", "录错年份"));
        fixture.given(new RequiredLawListRecorded("l-2024", LIST_2024), new RecordWithdrawn("l-2024", "study.lawList", "x"))
                .when(new CorrectRequiredLawList("l-2024", 1L, "改", LIST_2024))
                .expectException(RecordConflictException.class);
    }
}
