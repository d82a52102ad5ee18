package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The longest run of consecutive years of a contest series held this year, from the editions of every year. */
class OutreachFiguresTest {

    private final List<RecordVersion> ledger = new ArrayList<>();

    @Test
    void aSeriesHeldEveryYearSince2018RunsSevenYearsIn2024() {
        for (int year = 2018; year <= 2024; year++) {
            edition("科普讲解大赛", year);
        }

        Figure.Result result = OutreachFigures.consecutiveYears(ofYear(2024), Figure.Ledger.of(2024, type -> ledger));

        assertThat(result.value()).isEqualTo(7);
        assertThat(result.evidence()).extracting(RecordVersion::year).containsExactly(2018, 2019, 2020, 2021, 2022, 2023,
                2024);
    }

    @Test
    void aGapEndsTheRunAndLaterYearsDoNotCount() {
        for (int year : new int[] {2016, 2017, 2019, 2020, 2021, 2022}) {
            edition("科普讲解大赛", year);
        }

        Figure.Result result = OutreachFigures.consecutiveYears(ofYear(2020), Figure.Ledger.of(2020, type -> ledger));

        assertThat(result.value()).isEqualTo(2);
        assertThat(result.evidence()).extracting(RecordVersion::year).containsExactly(2019, 2020);
    }

    @Test
    void theLongestRunOfTheSeriesHeldThisYearCountsNotOfASeriesNotHeldThisYear() {
        for (int year = 2010; year <= 2023; year++) {
            edition("停办的大赛", year);
        }
        for (int year = 2021; year <= 2024; year++) {
            edition("科普讲解大赛", year);
        }
        for (int year = 2023; year <= 2024; year++) {
            edition("青少年科普讲解比赛", year);
        }

        Figure.Result result = OutreachFigures.consecutiveYears(ofYear(2024), Figure.Ledger.of(2024, type -> ledger));

        assertThat(result.value()).isEqualTo(4);
        assertThat(result.evidence()).extracting(r -> r.fact("seriesId")).containsOnly("科普讲解大赛");
    }

    @Test
    void noContestThisYearIsZero() {
        edition("科普讲解大赛", 2023);

        Figure.Result result = OutreachFigures.consecutiveYears(ofYear(2024), Figure.Ledger.of(2024, type -> ledger));

        assertThat(result.value()).isEqualTo(0);
        assertThat(result.evidence()).isEmpty();
    }

    @Test
    void givenOnlyTheYearsRecordsAFigureLookingBackSeesOnlyThem() {
        edition("科普讲解大赛", 2023);
        edition("科普讲解大赛", 2024);
        Figure figure = FigureCatalogs.all().figure("outreach.contests.consecutiveYears").orElseThrow();

        assertThat(figure.compute(ofYear(2024)).value()).isEqualTo(1);
        assertThat(figure.compute(ofYear(2024), Figure.Ledger.of(2024, type -> ledger)).value()).isEqualTo(2);
    }

    private List<RecordVersion> ofYear(int year) {
        return ledger.stream().filter(r -> r.year() == year).toList();
    }

    private void edition(String series, int year) {
        String id = series + "-" + year;
        ledger.add(new RecordVersion(id, id, "outreach.contestEdition", 0, year + "-08-20", year, Instant.EPOCH, "普法专员",
                null, "recorded", null, false, series + year, Map.of("seriesId", series, "contestants", 100)));
    }
}
