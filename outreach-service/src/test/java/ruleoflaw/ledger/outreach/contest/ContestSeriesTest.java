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

import ruleoflaw.ledger.contracts.outreach.ContestSeriesCorrected;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesDetails;
import ruleoflaw.ledger.contracts.outreach.ContestSeriesRecorded;
import ruleoflaw.ledger.contracts.outreach.CorrectContestSeries;
import ruleoflaw.ledger.contracts.outreach.RecordContestSeries;
import ruleoflaw.ledger.contracts.outreach.WithdrawContestSeries;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class ContestSeriesTest {

    private FixtureConfiguration<ContestSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContestSeries.class);
    }

    private static final ContestSeriesDetails CONTEST = new ContestSeriesDetails("科普讲解大赛", "区科技局",
            List.of("区委宣传部", "区教委"), LocalDate.of(2018, 3, 1));

    @Test
    void aSeriesIsRegisteredWithItsNameAndOrganiserStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordContestSeries("r-1", new ContestSeriesDetails(" 科普讲解大赛 ", " 区科技局 ",
                        List.of("区委宣传部", "区教委"), LocalDate.of(2018, 3, 1))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContestSeriesRecorded("r-1", CONTEST));
    }

    @Test
    void theSeriesTitleIsItsName() {
        org.assertj.core.api.Assertions.assertThat(CONTEST.title()).isEqualTo("科普讲解大赛");
        org.assertj.core.api.Assertions.assertThat(CONTEST.businessDate()).isEqualTo(LocalDate.of(2018, 3, 1));
    }

    @Test
    void aCorrectionStatesTheRecordAnewWithItsReason() {
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST))
                .when(new CorrectContestSeries("r-1", 0L, "更正录入错误", new ContestSeriesDetails("九龙坡区科普讲解大赛", "区科技局", List.of(), LocalDate.of(2018, 3, 1))))
                .expectEvents(new ContestSeriesCorrected("r-1", "更正录入错误", new ContestSeriesDetails("九龙坡区科普讲解大赛", "区科技局", List.of(), LocalDate.of(2018, 3, 1))));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST), new ContestSeriesCorrected("r-1", "改", CONTEST))
                .when(new CorrectContestSeries("r-1", 0L, "又改", new ContestSeriesDetails("九龙坡区科普讲解大赛", "区科技局", List.of(), LocalDate.of(2018, 3, 1))))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheRecordInHistoryWithTheReason() {
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST))
                .when(new WithdrawContestSeries("r-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("r-1", "outreach.contestSeries", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST), new ContestSeriesCorrected("r-1", "改", CONTEST))
                .when(new WithdrawContestSeries("r-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRecordIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST), new RecordWithdrawn("r-1", "outreach.contestSeries", "重复录入"))
                .when(new CorrectContestSeries("r-1", 1L, "改", new ContestSeriesDetails("九龙坡区科普讲解大赛", "区科技局", List.of(), LocalDate.of(2018, 3, 1))))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new ContestSeriesRecorded("r-1", CONTEST), new RecordWithdrawn("r-1", "outreach.contestSeries", "重复录入"))
                .when(new WithdrawContestSeries("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
