package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/** Cases that span years: pending at a year's end, and concluded in a later year than received. */
class LitigationFiguresTest {

    private final FigureCatalog catalog = new FigureCatalog(List.of(new LitigationFigures()));

    private final List<RecordVersion> cases = List.of(
            litigation("received-2061-concluded-2062", "2061-10-08", "2062-03-15", "UPHELD"),
            litigation("received-2061-still-open", "2061-11-20", null, null),
            litigation("received-2062-concluded-2062", "2062-02-01", "2062-09-30", "CORRECTED"));

    @Test
    void aCaseOpenAtTheEndOfTheYearItWasReceivedIsPendingThenAndInLaterYearsUntilConcluded() {
        assertThat(values(2061)).containsEntry("legal.litigation.cases", 2).containsEntry("legal.litigation.pending", 2)
                .containsEntry("legal.litigation.upheld", 0);
        assertThat(values(2062)).containsEntry("legal.litigation.cases", 1).containsEntry("legal.litigation.pending", 1)
                .containsEntry("legal.litigation.upheld", 1).containsEntry("legal.litigation.corrected", 1);
        assertThat(catalog.figure("legal.litigation.pending").orElseThrow().compute(ofYear(2062), ledger(2062)).evidence())
                .extracting(RecordVersion::recordId).containsExactly("received-2061-still-open");
    }

    private Map<String, Number> values(int year) {
        return catalog.values(ofYear(year), ledger(year));
    }

    private List<RecordVersion> ofYear(int year) {
        return cases.stream().filter(r -> r.year() == year).toList();
    }

    private Figure.Ledger ledger(int year) {
        return Figure.Ledger.of(year, type -> Figure.select(cases, type, r -> true));
    }

    private static RecordVersion litigation(String id, String receivedOn, String concludedOn, String outcome) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("kind", "LITIGATION_FIRST_INSTANCE");
        facts.put("complaintReceivedOn", receivedOn);
        facts.put("concludedOn", concludedOn);
        facts.put("outcome", outcome);
        return new RecordVersion(id + "/0", id, "legal.case", 0, receivedOn, Integer.parseInt(receivedOn.substring(0, 4)),
                Instant.now(), "应诉专员", "c", "recorded", null, false, "行政诉讼 " + id, facts);
    }
}
