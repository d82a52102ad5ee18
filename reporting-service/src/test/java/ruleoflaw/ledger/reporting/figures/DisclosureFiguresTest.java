package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The figures of information published, on record versions as the projection keeps them. */
class DisclosureFiguresTest {

    private final FigureCatalog catalog = new FigureCatalog(List.of(new DisclosureFigures(WorkingDays.china())));

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

    @Test
    void statutoryItemsOfAnyYearAreCountedLongPastOrWithoutANoticeYet() {
        // 2015: 3–4 September off and Sunday 6 September worked (the 70th anniversary): 20 working days end 30 September
        // 2035: no notice; its 中秋 and 国庆 computed from the statutory holidays: 20 working days end 23 October
        List<RecordVersion> items = List.of(
                item("2015-on-time", "STATUTORY", "2015-09-01", "2015-09-30"),
                item("2015-late", "STATUTORY", "2015-09-01", "2015-10-01"),
                item("2005-late", "STATUTORY", "2005-09-20", "2005-11-30"),
                item("2035-on-time", "STATUTORY", "2035-09-20", "2035-10-19"));

        assertThat(catalog.figure("disclosure.items.late").orElseThrow().compute(items).evidence())
                .extracting(RecordVersion::recordId).containsExactly("2015-late", "2005-late");
    }

    @Test
    void documentsInForceOnTheLastDayOfTheYearLeaveOutTheRepealedTheExpiredAndTheRevised() {
        List<RecordVersion> documents = List.of(
                document("old", "九龙坡科技发〔2019〕8号", "2019-03-01", null, null),
                document("revision", "九龙坡科技发〔2024〕12号", "2024-07-03", null, "九龙坡科技发〔2019〕8号"),
                document("standing-1", "九龙坡科技发〔2020〕3号", "2020-05-01", "2025-04-30", null),
                document("standing-2", "九龙坡科技发〔2021〕5号", "2021-02-01", null, null),
                document("standing-3", "九龙坡科技发〔2022〕9号", "2022-09-01", null, null),
                document("expired", "九龙坡科技发〔2018〕2号", "2018-01-01", "2023-12-31", null),
                document("repealed", "九龙坡科技发〔2017〕6号", "2017-06-01", null, null),
                document("next-year", "九龙坡科技发〔2024〕20号", "2025-01-01", null, null));
        RecordVersion repeal = new RecordVersion("r/0", "r", "normative.repeal", 0, "2024-10-01", 2024, Instant.now(),
                "公开专员", "c", "recorded", null, false, "废止",
                Map.of("documentNumber", "九龙坡科技发〔2017〕6号", "repealedOn", "2024-10-01"));
        List<RecordVersion> all = new java.util.ArrayList<>(documents);
        all.add(repeal);

        Figure.Result result = catalog.figure("normative.inForce").orElseThrow()
                .compute(List.of(), Figure.Ledger.of(2024, type -> Figure.select(all, type, r -> true)));

        assertThat(result.value()).isEqualTo(4);
        assertThat(result.evidence()).extracting(RecordVersion::recordId)
                .containsExactlyInAnyOrder("revision", "standing-1", "standing-2", "standing-3");
    }

    private static RecordVersion document(String id, String number, String effectiveFrom, String validUntil,
            String revises) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("documentNumber", number);
        facts.put("issuedOn", effectiveFrom);
        facts.put("effectiveFrom", effectiveFrom);
        facts.put("validUntil", validUntil);
        facts.put("revisesDocumentNumber", revises);
        return new RecordVersion(id + "/0", id, "normative.document", 0, effectiveFrom,
                Integer.parseInt(effectiveFrom.substring(0, 4)), Instant.now(), "公开专员", "c", "recorded", null, false,
                "规范性文件 " + id, facts);
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
