package ruleoflaw.ledger.outreach.contest;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.outreach.ContestEditionCorrected;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded;
import ruleoflaw.ledger.contracts.outreach.ContestantsBySource;
import ruleoflaw.ledger.contracts.outreach.CorrectContestEdition;
import ruleoflaw.ledger.contracts.outreach.RecordContestEdition;
import ruleoflaw.ledger.contracts.outreach.WithdrawContestEdition;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class ContestEditionTest {

    private FixtureConfiguration<ContestEdition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContestEdition.class);
    }

    private static final LocalDate HELD_ON = LocalDate.of(2024, 8, 20);
    private static final ContestantsBySource SOURCES = new ContestantsBySource(40, 50, 20, 30, 10);
    private static final ContestEditionDetails SEVENTH = edition(2024, HELD_ON, 150, SOURCES, "第七届科普讲解大赛");

    private static ContestEditionDetails edition(int year, LocalDate heldOn, int contestants, ContestantsBySource sources,
            String title) {
        return new ContestEditionDetails("series-1", year, 7, title, heldOn, contestants, sources, true,
                List.of("一等奖3名", "二等奖6名"));
    }

    @Test
    void anEditionIsRecordedWithItsTitleAndSeriesStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordContestEdition("r-1", new ContestEditionDetails(" series-1 ", 2024, 7, " 第七届科普讲解大赛 ",
                        HELD_ON, 150, SOURCES, true, List.of("一等奖3名", "二等奖6名"))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContestEditionRecorded("r-1", SEVENTH));
    }

    @Test
    void anEditionWithoutContestantsBySourceIsRecorded() {
        ContestEditionDetails early = edition(2018, LocalDate.of(2018, 9, 15), 60, null, "首届科普讲解大赛");
        fixture.givenNoPriorActivity()
                .when(new RecordContestEdition("r-1", early))
                .expectEvents(new ContestEditionRecorded("r-1", early));
    }

    @Test
    void contestantsBySourceNotAddingUpToTheContestantsAreRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordContestEdition("r-1", edition(2024, HELD_ON, 151, SOURCES, "第七届科普讲解大赛")))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("contestantsBySource"))
                .expectExceptionMessage("must add up to contestants (151), not 150")
                .expectNoEvents();
    }

    @Test
    void anEditionHeldOutsideItsYearIsRefusedNamingHeldOnAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordContestEdition("r-1", edition(2023, HELD_ON, 150, SOURCES, "第七届科普讲解大赛")))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("heldOn"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionKeepsTheEditionsRules() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH))
                .when(new CorrectContestEdition("r-1", 0L, "参赛人数", edition(2024, HELD_ON, 149, SOURCES, "第七届")))
                .expectException(refusedOn("contestantsBySource"))
                .expectNoEvents();
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH))
                .when(new CorrectContestEdition("r-1", 0L, "年份", edition(2025, HELD_ON, 150, SOURCES, "第七届")))
                .expectException(refusedOn("heldOn"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheRecordAnewWithItsReason() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH))
                .when(new CorrectContestEdition("r-1", 0L, "更正录入错误", edition(2024, HELD_ON, 152, new ContestantsBySource(40, 50, 20, 30, 12), "第七届科普讲解大赛")))
                .expectEvents(new ContestEditionCorrected("r-1", "更正录入错误", edition(2024, HELD_ON, 152, new ContestantsBySource(40, 50, 20, 30, 12), "第七届科普讲解大赛")));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH), new ContestEditionCorrected("r-1", "改", SEVENTH))
                .when(new CorrectContestEdition("r-1", 0L, "又改", edition(2024, HELD_ON, 152, new ContestantsBySource(40, 50, 20, 30, 12), "第七届科普讲解大赛")))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH))
                .when(new WithdrawContestEdition("r-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("r-1", "outreach.contestEdition", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH), new ContestEditionCorrected("r-1", "改", SEVENTH))
                .when(new WithdrawContestEdition("r-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH), new RecordWithdrawn("r-1", "outreach.contestEdition", "重复录入"))
                .when(new CorrectContestEdition("r-1", 1L, "改", edition(2024, HELD_ON, 152, new ContestantsBySource(40, 50, 20, 30, 12), "第七届科普讲解大赛")))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new ContestEditionRecorded("r-1", SEVENTH), new RecordWithdrawn("r-1", "outreach.contestEdition", "重复录入"))
                .when(new WithdrawContestEdition("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
