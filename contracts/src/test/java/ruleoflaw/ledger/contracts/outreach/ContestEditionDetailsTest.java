package ruleoflaw.ledger.contracts.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

class ContestEditionDetailsTest {

    private static final LocalDate HELD_ON = LocalDate.of(2024, 8, 20);
    private static final ContestantsBySource SOURCES = new ContestantsBySource(40, 50, 20, 30, 10);

    private static ContestEditionDetails edition(int year, LocalDate heldOn, Integer contestants, ContestantsBySource sources,
            String title) {
        return new ContestEditionDetails("series-1", year, 7, title, heldOn, contestants, sources, true,
                List.of("一等奖3名", "二等奖6名"));
    }

    @Test
    void anEditionIsKeptWithItsTitleAndSeriesStripped() {
        assertThat(new ContestEditionDetails(" series-1 ", 2024, 7, " 第七届科普讲解大赛 ", HELD_ON, 150, SOURCES, true,
                List.of("一等奖3名", "二等奖6名")).checked())
                .isEqualTo(edition(2024, HELD_ON, 150, SOURCES, "第七届科普讲解大赛"));
    }

    @Test
    void anEditionWithoutContestantsBySourceIsKeptAsItIs() {
        ContestEditionDetails early = edition(2018, LocalDate.of(2018, 9, 15), 60, null, "首届科普讲解大赛");
        assertThat(early.checked()).isEqualTo(early);
    }

    @Test
    void howManyTookPartMayBeLeftUnstatedOrGivenOnlyBySource() {
        ContestEditionDetails unstated = edition(2024, HELD_ON, null, null, "第七届科普讲解大赛");
        assertThat(unstated.checked()).isEqualTo(unstated);
        assertThat(unstated.checked().contestants()).isNull();
        assertThat(edition(2024, HELD_ON, null, SOURCES, "第七届科普讲解大赛").checked().contestants()).isEqualTo(150);
    }

    @Test
    void contestantsBySourceNotAddingUpToTheContestantsAreRefused() {
        ContestEditionDetails tooMany = edition(2024, HELD_ON, 151, SOURCES, "第七届科普讲解大赛");
        assertRefused(tooMany, "contestantsBySource");
        assertThatThrownBy(tooMany::checked).hasMessage("must add up to contestants (151), not 150");
        assertRefused(edition(2024, HELD_ON, 149, SOURCES, "第七届"), "contestantsBySource");
    }

    @Test
    void anEditionHeldOutsideItsYearIsRefusedNamingHeldOn() {
        assertRefused(edition(2023, HELD_ON, 150, SOURCES, "第七届科普讲解大赛"), "heldOn");
        assertRefused(edition(2025, HELD_ON, 150, SOURCES, "第七届"), "heldOn");
    }

    private static void assertRefused(ContestEditionDetails details, String field) {
        assertThatThrownBy(details::checked).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
