package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The figures of disclosure applications (table 三), looking back over earlier years. */
class DisclosureApplicationFiguresTest {

    private final FigureCatalog catalog = new FigureCatalog(List.of(new DisclosureFigures(WorkingDays.china())));

    private final List<RecordVersion> applications = List.of(
            application("answered-2023", "2023-03-01", "2023-03-20", false),
            application("open-at-2023-end", "2023-12-20", "2024-01-15", false),
            application("in-time", "2024-06-03", "2024-06-28", false),
            application("late", "2024-06-03", "2024-07-05", true),
            application("open-at-2024-end", "2024-12-16", null, false),
            application("open-at-2024-end-answered-late-2025", "2024-12-20", "2025-03-01", true));

    @Test
    void theFiveFiguresOfTheYear() {
        assertThat(values(2024)).containsEntry("disclosure.applications.received", 4)
                .containsEntry("disclosure.applications.carriedOver", 1)
                .containsEntry("disclosure.applications.answered", 3)
                .containsEntry("disclosure.applications.pending", 2)
                .containsEntry("disclosure.applications.late", 1);
        assertThat(evidence("disclosure.applications.late", 2024)).containsExactly("late");
        assertThat(evidence("disclosure.applications.carriedOver", 2024)).containsExactly("open-at-2023-end");
        assertThat(evidence("disclosure.applications.answered", 2024))
                .containsExactlyInAnyOrder("open-at-2023-end", "in-time", "late");
    }

    @Test
    void oneOpenOn31DecemberIsCarriedOverIntoTheNextYear() {
        assertThat(evidence("disclosure.applications.pending", 2024))
                .containsExactlyInAnyOrder("open-at-2024-end", "open-at-2024-end-answered-late-2025");
        assertThat(values(2025)).containsEntry("disclosure.applications.received", 0)
                .containsEntry("disclosure.applications.carriedOver", 2)
                .containsEntry("disclosure.applications.answered", 1)
                .containsEntry("disclosure.applications.pending", 1)
                .containsEntry("disclosure.applications.late", 1);
        assertThat(values(2023)).containsEntry("disclosure.applications.received", 2)
                .containsEntry("disclosure.applications.carriedOver", 0)
                .containsEntry("disclosure.applications.answered", 1)
                .containsEntry("disclosure.applications.pending", 1);
    }

    @Test
    void receivedPlusCarriedOverIsAnsweredPlusPendingInEveryYear() {
        for (int year = 2022; year <= 2026; year++) {
            Map<String, Number> values = values(year);
            assertThat(values.get("disclosure.applications.received").intValue()
                    + values.get("disclosure.applications.carriedOver").intValue())
                    .as("table 三 invariant in %s", year)
                    .isEqualTo(values.get("disclosure.applications.answered").intValue()
                            + values.get("disclosure.applications.pending").intValue());
        }
    }

    private Map<String, Number> values(int year) {
        return catalog.values(ofYear(year), ledger(year));
    }

    private List<String> evidence(String key, int year) {
        return catalog.figure(key).orElseThrow().compute(ofYear(year), ledger(year)).evidence().stream()
                .map(RecordVersion::recordId).toList();
    }

    private List<RecordVersion> ofYear(int year) {
        return applications.stream().filter(r -> r.year() == year).toList();
    }

    private Figure.Ledger ledger(int year) {
        return Figure.Ledger.of(year, type -> Figure.select(applications, type, r -> true));
    }

    private static RecordVersion application(String id, String receivedOn, String answeredOn, boolean late) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("receivedOn", receivedOn);
        facts.put("applicantType", "NATURAL_PERSON");
        facts.put("answeredOn", answeredOn);
        facts.put("answeredLate", late);
        return new RecordVersion(id + "/0", id, "disclosure.application", 0, receivedOn,
                Integer.parseInt(receivedOn.substring(0, 4)), Instant.now(), "公开专员", "c", "recorded", null, false,
                "依申请公开 " + id, facts);
    }
}
