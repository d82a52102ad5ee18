package ruleoflaw.ledger.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The generator's plan: which copies it makes, in which order, and which department each record belongs to. */
class CopyPlanTest {

    private static final String SERIES = "kjj-2024-contest-series";
    private static final String EDITION = "kjj-2024-contest-1";
    private static final String NORMATIVE = "kjj-2024-normative-1";
    private static final String SEEDED_META = """
            {"recordedBy":"recorder","recordedAt":"2024-03-01T02:00:00Z","correlationId":"c-1","department":"default"}""";

    private final ObjectMapper json = new ObjectMapper();

    /** Three aggregates, four events a round: a series, an edition of it with a correction, a normative document. */
    private static Map<String, List<TemplateEvent>> templates() {
        Map<String, List<TemplateEvent>> templates = new LinkedHashMap<>();
        templates.put(SERIES, List.of(new TemplateEvent(SERIES, 0, "ContestSeries",
                "ruleoflaw.ledger.contracts.outreach.ContestSeriesRecorded", null, """
                {"id":"kjj-2024-contest-series","details":{"title":"科技法治知识竞赛","startedOn":"2024-01-15"}}""",
                SEEDED_META)));
        templates.put(EDITION, List.of(
                new TemplateEvent(EDITION, 0, "ContestEdition", "ruleoflaw.ledger.contracts.outreach.ContestEditionRecorded",
                        "1", """
                        {"id":"kjj-2024-contest-1","details":{"seriesId":"kjj-2024-contest-series","heldOn":"2024-02-29"}}""",
                        SEEDED_META),
                new TemplateEvent(EDITION, 1, "ContestEdition", "ruleoflaw.ledger.contracts.outreach.ContestEditionCorrected",
                        null, """
                        {"id":"kjj-2024-contest-1","reason":"人数有误","details":{"seriesId":"kjj-2024-contest-series",\
                        "heldOn":"2024-02-29"}}""", null)));
        templates.put(NORMATIVE, List.of(new TemplateEvent(NORMATIVE, 0, "NormativeDocument",
                "ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded", null, """
                {"id":"kjj-2024-normative-1","number":"九龙坡科技发〔2024〕3号","issuedOn":"2024-06-01"}""", "{}")));
        return templates;
    }

    private CopyPlan plan(int departments, long events) {
        Map<String, List<TemplateEvent>> templates = templates();
        return new CopyPlan(templates, new EventCopier(json, templates.keySet()), new DepartmentSpread(departments),
                events);
    }

    private List<CopiedEvent> copies(CopyPlan plan) throws Exception {
        List<CopiedEvent> copies = new ArrayList<>();
        plan.copy(new Timeline(Instant.parse("2030-01-01T00:00:00Z")), copies::addAll);
        return copies;
    }

    /** Each generated record's department, by its aggregate id, in the order made; fails if its events disagree. */
    private Map<String, String> departmentOfEachRecord(List<CopiedEvent> copies) throws Exception {
        Map<String, String> departments = new LinkedHashMap<>();
        for (CopiedEvent event : copies) {
            JsonNode meta = json.readTree(event.metaData());
            String department = meta.has("department") ? meta.get("department").asText() : null;
            if (departments.containsKey(event.aggregateId())) {
                assertThat(department).as("the department of every event of " + event.aggregateId())
                        .isEqualTo(departments.get(event.aggregateId()));
            } else {
                departments.put(event.aggregateId(), department);
            }
        }
        return departments;
    }

    @Test
    void everyEventOfARecordAndEveryRecordItRefersToBelongToOneDepartment() throws Exception {
        CopyPlan plan = plan(6, 4 * 10 * 8);
        List<CopiedEvent> copies = copies(plan);
        Map<String, String> departments = departmentOfEachRecord(copies);

        assertThat(plan.rounds()).isEqualTo(8);
        assertThat(copies).hasSize(320);
        assertThat(departments).hasSize(3 * 10 * 8).doesNotContainValue(null).doesNotContainValue("default");
        for (CopiedEvent event : copies) {
            if (event.aggregateId().startsWith(EDITION)) {
                String series = json.readTree(event.payload()).at("/details/seriesId").asText();
                assertThat(departments.get(series)).as("the series %s of %s", series, event.aggregateId())
                        .isEqualTo(departments.get(event.aggregateId()));
            }
        }
        // a copy round of a year is one department: the three aggregates of round 5 of 2019 share theirs
        assertThat(List.of(departments.get(EDITION + "-b2019-5"), departments.get(NORMATIVE + "-b2019-5")))
                .containsOnly(departments.get(SERIES + "-b2019-5"));
    }

    @Test
    void allNDepartmentsAreUsedAndEachHasRecordsInEveryOneOfTheTenYears() throws Exception {
        Map<String, String> departments = departmentOfEachRecord(copies(plan(6, 4 * 10 * 8)));

        Map<String, Set<Integer>> years = new TreeMap<>();
        departments.forEach((id, department) -> years.computeIfAbsent(department, d -> new TreeSet<>())
                .add(Integer.parseInt(id.replaceAll(".*-b(\\d{4})-\\d+$", "$1"))));
        assertThat(years).containsOnlyKeys("d01", "d02", "d03", "d04", "d05", "d06");
        years.values().forEach(covered -> assertThat(covered).hasSize(10).first().isEqualTo(2015));
    }

    @Test
    void withFewerCopiesAYearThanDepartmentsTheYearsTogetherStillUseThemAll() throws Exception {
        CopyPlan plan = plan(12, 4 * 10 * 3); // three copies a year, twelve departments
        Map<String, String> departments = departmentOfEachRecord(copies(plan));

        assertThat(plan.rounds()).isEqualTo(3);
        assertThat(new TreeSet<>(departments.values())).hasSize(12).first().isEqualTo("d01");
        assertThat(new TreeSet<>(departments.values()).last()).isEqualTo("d12");
    }

    @Test
    void theSpreadIsTheSameEveryRun() throws Exception {
        Map<String, String> once = departmentOfEachRecord(copies(plan(7, 1_000)));
        Map<String, String> again = departmentOfEachRecord(copies(plan(7, 1_000)));

        assertThat(again).containsExactlyEntriesOf(once);
        assertThat(new ArrayList<>(again.keySet())).isEqualTo(new ArrayList<>(once.keySet()));
    }

    @Test
    void withOneDepartmentTheEventsKeepTheSeedsMetadataAsItIs() throws Exception {
        List<CopiedEvent> copies = copies(plan(1, 4 * 10 * 2));

        assertThat(copies).hasSize(80);
        for (CopiedEvent event : copies) {
            JsonNode meta = json.readTree(event.metaData());
            if (event.aggregateId().startsWith(NORMATIVE) || event.sequence() == 1) {
                assertThat(meta.has("department")).as(event.aggregateId()).isFalse(); // none in the template: none
            } else {
                assertThat(meta.path("department").asText()).isEqualTo("default");
            }
        }
    }

    @Test
    void theDepartmentsCodesAndNames() {
        DepartmentSpread sixty = new DepartmentSpread(60);

        assertThat(sixty.codes()).hasSize(60).startsWith("d01", "d02").endsWith("d60");
        assertThat(sixty.name(0)).isEqualTo("基准部门01");
        assertThat(new DepartmentSpread(100).codes()).startsWith("d001").endsWith("d100");
        assertThat(DepartmentSpread.NONE.spread()).isFalse();
        assertThat(DepartmentSpread.NONE.of(3, 2, 9)).isNull();
        assertThat(sixty.of(0, 1, 415)).isEqualTo("d01");
        assertThat(sixty.of(0, 60, 415)).isEqualTo("d60");
        assertThat(sixty.of(0, 61, 415)).isEqualTo("d01");
        assertThat(sixty.of(1, 1, 415)).isEqualTo("d56"); // 415 slots later: the years go on dealing in turn
        assertThatThrownBy(() -> new DepartmentSpread(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
