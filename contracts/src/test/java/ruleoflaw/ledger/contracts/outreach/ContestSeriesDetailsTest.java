package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContestSeriesDetailsTest {

    private static final LocalDate REGISTERED = LocalDate.of(2018, 3, 1);
    private static final ContestSeriesDetails CONTEST = new ContestSeriesDetails("科普讲解大赛", "区科技局",
            List.of("区委宣传部", "区教委"), REGISTERED);

    @Test
    void aSeriesIsKeptWithItsNameAndOrganiserStripped() {
        assertThat(new ContestSeriesDetails(" 科普讲解大赛 ", " 区科技局 ", List.of("区委宣传部", "区教委"), REGISTERED).checked())
                .isEqualTo(CONTEST);
    }

    @Test
    void theSeriesTitleIsItsName() {
        assertThat(CONTEST.title()).isEqualTo("科普讲解大赛");
        assertThat(CONTEST.businessDate()).isEqualTo(REGISTERED);
    }
}
