package ruleoflaw.ledger.reporting.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.document.ReferenceFigures;

class ComparisonTest {

    private static final Map<String, Number> REFERENCE = ReferenceFigures.of2024();

    @Test
    void againstAnEmpty2023EveryChangeOf2024IsItsValue() {
        Comparison comparison = Comparison.of(2024, Instant.parse("2025-01-10T00:00:00Z"), REFERENCE, Map.of());

        assertThat(comparison.previousYear()).isEqualTo(2023);
        assertThat(comparison.figures()).extracting(FigureChange::key).containsExactlyElementsOf(REFERENCE.keySet());
        assertThat(comparison.figures()).allSatisfy(figure -> {
            assertThat(figure.previous().doubleValue()).isZero();
            assertThat(figure.change().doubleValue()).isEqualTo(REFERENCE.get(figure.key()).doubleValue());
            assertThat(figure.changePct()).isNull();
        });
        assertThat(comparison.figures()).filteredOn(f -> f.key().equals("governance.meetings.partyGroup"))
                .singleElement().satisfies(f -> assertThat(f.change()).isEqualTo(24L));
    }

    @Test
    void countsChangeByWholeNumbersAndRatesByOneDecimal() {
        assertThat(FigureChange.of("governance.meetings.partyGroup", 24, 20))
                .isEqualTo(new FigureChange("governance.meetings.partyGroup", "局党组会（次）", 24, 20, 4L, 20.0));
        assertThat(FigureChange.of("governance.meetings.topic", 2, 3).changePct()).isEqualTo(-33.3);
        assertThat(FigureChange.of("study.exams.passPct", 95.0, 92.3))
                .satisfies(f -> assertThat(f.change()).isEqualTo(2.7))
                .satisfies(f -> assertThat(f.changePct()).isEqualTo(2.9));
        assertThat(FigureChange.of("legal.litigation.cases", 0, 0)).satisfies(f -> {
            assertThat(f.change()).isEqualTo(0L);
            assertThat(f.changePct()).isNull();
        });
    }
}
