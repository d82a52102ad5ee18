package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The figures of information published, on record versions as the projection keeps them. */
class DisclosureFiguresTest {

    private final FigureCatalog catalog = new FigureCatalog(List.of(new DisclosureFigures()));

    @Test
    void aStatutoryItemIsLateWhenPublishedMoreThan20WorkingDaysAfterItWasFormed() {
        // formed on Friday 20 September 2024: 20 working days end on 23 October (国庆 in between)
        List<RecordVersion> items = List.of(
                item("on-time", "STATUTORY", "2024-09-20", "2024-10-23"),
                item("late", "STATUTORY", "2024-09-20", "2024-10-24"),
                item("news", "NEWS", null, "2024-12-01"));

        Map<String, Number> values = catalog.values(items);

        assertThat(values).containsEntry("disclosure.items.total", 3).containsEntry("disclosure.items.statutory", 2)
                .containsEntry("disclosure.items.news", 1).containsEntry("disclosure.items.late", 1);
        assertThat(catalog.figure("disclosure.items.late").orElseThrow().compute(items).evidence())
                .extracting(RecordVersion::recordId).containsExactly("late");
    }

    private static RecordVersion item(String id, String category, String formedOn, String publishedOn) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("category", category);
        facts.put("formedOn", formedOn);
        facts.put("publishedOn", publishedOn);
        return new RecordVersion(id + "/0", id, "disclosure.item", 0, publishedOn, 2024, Instant.now(), "公开专员", "c",
                "recorded", null, false, "信息 " + id, facts);
    }
}
