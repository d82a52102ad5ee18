package ruleoflaw.ledger.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.cli.json.PythonJson;
import ruleoflaw.ledger.cli.testing.LedgerRun;

/** The demo district's generated ledgers, made from samples/kjj-2024.jsonl. */
class DemoLedgerTest {

    private static final List<ObjectNode> REFERENCE = reference();
    private static final Map<String, ObjectNode> BY_ID = REFERENCE.stream()
            .collect(Collectors.toMap(line -> line.get("id").asText(), line -> line));

    @Test
    void theSameEveryTime() {
        assertThat(DemoDistrictCommand.generate(reference())).isEqualTo(DemoDistrictCommand.generate(reference()));
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            assertThat(DemoLedger.of(department, REFERENCE)).isEqualTo(DemoLedger.of(department, reference()));
        }
        assertThat(REFERENCE).as("the reference is left as it is").isEqualTo(reference());
    }

    @Test
    void everyLineNamesItsDepartmentAndHasAnIdOfItsOwn() {
        Set<String> all = new HashSet<>(BY_ID.keySet());
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            List<ObjectNode> lines = DemoLedger.of(department, REFERENCE);
            Set<String> ids = new HashSet<>();
            for (ObjectNode line : lines) {
                List<String> members = new ArrayList<>();
                line.fieldNames().forEachRemaining(members::add);
                assertThat(members).startsWith("type", "id", "department");
                assertThat(line.get("department").asText()).isEqualTo(department.code());
                assertThat(line.get("id").asText()).startsWith(department.code() + "-");
                assertThat(ids.add(line.get("id").asText())).as("id %s once", line.get("id")).isTrue();
                for (String reference : new String[] {"of", "seriesId"}) {
                    if (line.has(reference)) {
                        assertThat(ids).as("%s names a line before it, of its own department", line)
                                .contains(line.get(reference).asText());
                    }
                }
            }
            assertThat(all).as("no id of another department or of the reference").doesNotContainAnyElementsOf(ids);
            all.addAll(ids);
        }
    }

    @Test
    void everyRecordsTitleIsMarkedAndSaysItsDepartmentsName() {
        DemoDepartment jxw = DemoDepartment.DISTRICT.get(0);
        List<ObjectNode> lines = DemoLedger.of(jxw, REFERENCE);
        for (ObjectNode line : lines) {
            if (line.has("of")) {
                continue;
            }
            String title = List.of("title", "subject", "name", "enterprise", "itemName").stream()
                    .filter(line::has).findFirst().map(field -> line.get(field).asText()).orElseThrow();
            assertThat(title).as(line.toString()).endsWith("（演示生成）");
        }
        assertThat(PythonJson.dumps(lines.get(0))).doesNotContain("科技局");
        assertThat(lines).anySatisfy(line -> assertThat(line.path("title").asText())
                .isEqualTo("重庆市九龙坡区经济和信息化委员会政府信息公开指南（演示生成）"));
        assertThat(lines).anySatisfy(line -> assertThat(line.path("organiser").asText()).isEqualTo("区经信委办公室"));
        assertThat(jxw.name()).isEqualTo("九龙坡区经济和信息化委员会（演示生成）");
    }

    @Test
    void theRulesOfTheRecordTypesHold() {
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            for (ObjectNode line : DemoLedger.of(department, REFERENCE)) {
                ObjectNode reference = BY_ID.get(line.get("id").asText().substring(department.code().length() + 1));
                switch (line.get("type").asText()) {
                    case "study.exam" -> {
                        assertThat(line.get("passed").asInt()).isLessThanOrEqualTo(line.get("participants").asInt());
                        assertThat(line.get("participants").asInt()).isLessThanOrEqualTo(line.get("eligible").asInt());
                        assertThat(line.get("passed").asInt()).isPositive();
                    }
                    case "outreach.briefing" -> assertThat(line.get("enterprisesPresent").asInt())
                            .isLessThanOrEqualTo(line.get("attendees").asInt());
                    case "outreach.contestEdition" -> {
                        assertThat(LocalDate.parse(line.get("heldOn").asText()).getYear())
                                .isEqualTo(line.get("year").asInt());
                        if (line.has("contestantsBySource")) {
                            int sum = 0;
                            for (JsonNode count : line.get("contestantsBySource")) {
                                sum += count.asInt();
                            }
                            assertThat(sum).isEqualTo(line.get("contestants").asInt());
                        }
                    }
                    default -> {
                    }
                }
                line.properties().forEach(field -> {
                    if (field.getValue().isTextual() && field.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        assertThat(LocalDate.parse(field.getValue().asText()).getYear()).as("%s of %s", field.getKey(),
                                line.get("id")).isEqualTo(LocalDate.parse(reference.get(field.getKey()).asText()).getYear());
                    }
                });
                for (String[] order : new String[][] {{"startsOn", "endsOn"}, {"termStart", "termEnd"},
                        {"retainedOn", "filedOn"}, {"issuedOn", "effectiveFrom"}, {"effectiveFrom", "validUntil"},
                        {"formedOn", "publishedOn"}}) {
                    if (line.has(order[0]) && line.has(order[1])) {
                        assertThat(line.get(order[1]).asText()).as("%s of %s", order[1], line.get("id"))
                                .isGreaterThanOrEqualTo(line.get(order[0]).asText());
                    }
                }
            }
        }
    }

    @Test
    void aCaseAndItsStepsMoveTogether() {
        DemoDepartment jxw = DemoDepartment.DISTRICT.get(0);
        Map<String, ObjectNode> lines = new HashMap<>();
        DemoLedger.of(jxw, REFERENCE).forEach(line -> lines.put(line.get("id").asText(), line));
        ObjectNode received = lines.get("demo-jxw-kjj-2024-case-1");
        ObjectNode defence = lines.get("demo-jxw-kjj-2024-case-1-defence");
        assertThat(received.get("complaintReceivedOn").asText()).isEqualTo("2024-09-16");
        assertThat(defence.get("filedOn").asText()).isEqualTo("2024-09-26");
        assertThat(defence.get("of").asText()).isEqualTo("demo-jxw-kjj-2024-case-1");
    }

    @Test
    void departmentsDifferFromTheReferenceAndFromEachOther() {
        Set<String> exams = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            List<ObjectNode> lines = DemoLedger.of(department, REFERENCE);
            sizes.add(lines.size());
            assertThat(lines.size()).isLessThan(REFERENCE.size()).isGreaterThan(REFERENCE.size() * 2 / 3);
            ObjectNode exam = lines.stream().filter(line -> line.get("type").asText().equals("study.exam")).findFirst()
                    .orElseThrow();
            exams.add(exam.get("eligible") + "/" + exam.get("participants") + "/" + exam.get("passed"));
            assertThat(lines).filteredOn(line -> !line.has("of")).extracting(line -> line.get("type").asText())
                    .as("every type of the reference is kept").containsAll(REFERENCE.stream()
                            .map(line -> line.get("type").asText()).filter(type -> !type.startsWith("legal.case."))
                            .collect(Collectors.toSet()));
        }
        assertThat(exams).hasSize(DemoDepartment.DISTRICT.size()).doesNotContain("20/20/20");
        assertThat(sizes).hasSizeGreaterThan(1);
    }

    @Test
    void theOutputOptionWritesTheGeneratedLedgerAndSendsNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path work)
            throws IOException {
        java.nio.file.Path out = work.resolve("district.jsonl");
        LedgerRun run = LedgerRun.withEnvironment(Map.of(), "", "demo-district", "--output", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(DemoDistrictCommand.generate(REFERENCE));
    }

    static List<ObjectNode> reference() {
        try {
            return DemoLedger.parse(Files.readString(LedgerRun.ROOT.resolve("samples/kjj-2024.jsonl"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
