package ruleoflaw.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class WorkbookLayoutTest {

    private final WorkbookLayout layout = LedgerFormat.layout();

    @Test
    void theTemplateExplainsItselfFirstAndHasASheetOfChineseHeadersPerType() throws IOException {
        try (Workbook template = open(layout.template())) {
            assertThat(template.getSheetName(0)).isEqualTo("说明");
            assertThat(cellText(template.getSheet("说明"), 0, 0)).isEqualTo("法治工作台账");
            List<String> names = new ArrayList<>();
            template.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).contains("学法活动", "行政诉讼与复议案件", "案件答辩", "普法宣传活动", "依申请公开", "申请答复",
                    "政务服务事项", "更正与撤回", "代码表");
            assertThat(names.indexOf("行政诉讼与复议案件")).isLessThan(names.indexOf("案件答辩"));
            Sheet sessions = template.getSheet("学法活动");
            assertThat(row(sessions, 0)).startsWith("编号*", "部门代码", "学习形式*", "标题*", "举办日期*", "组织部门",
                    "参加人数");
            assertThat(row(sessions, 1)).startsWith("id", "department", "kind", "title", "heldOn", "organiser");
            assertThat(row(template.getSheet("案件答辩"), 0)).containsExactly("编号*", "所属记录编号*", "部门代码",
                    "提交答辩状日期*");
            // a blank template: no lines
            assertThat(sessions.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void choicesAreDropDownListsAndYesNoFieldsToo() throws IOException {
        try (Workbook template = open(layout.template())) {
            Sheet sessions = template.getSheet("学法活动");
            DataValidation kind = validationOf(sessions, "C");
            assertThat(kind).as("a drop-down list on 学习形式").isNotNull();
            String formula = kind.getValidationConstraint().getFormula1();
            assertThat(formula).startsWith("'代码表'!$");
            Sheet codes = template.getSheet("代码表");
            CellReference first = new CellReference(formula.substring(formula.indexOf('!') + 1, formula.indexOf(':')));
            List<String> listed = new ArrayList<>();
            for (int r = first.getRow(); codes.getRow(r) != null && codes.getRow(r).getCell(first.getCol()) != null; r++) {
                listed.add(codes.getRow(r).getCell(first.getCol()).getStringCellValue());
            }
            assertThat(listed).contains("COLLECTIVE_STUDY", "LAW_LECTURE").hasSize(10);
            assertThat(codes.getRow(first.getRow()).getCell(first.getCol() + 1).getStringCellValue()).isEqualTo("集中学习");

            DataValidation online = validationOf(template.getSheet("旁听庭审"), columnOf(template.getSheet("旁听庭审"), "online"));
            assertThat(online.getValidationConstraint().getValidationType())
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST);
            String[] values = online.getValidationConstraint().getExplicitListValues();
            assertThat(values != null ? String.join(",", values) : online.getValidationConstraint().getFormula1())
                    .contains("是,否");
            assertThat(validationOf(sessions, "D")).as("no list on 标题").isNull();
        }
    }

    @Test
    void datesAreDateCells() throws IOException {
        try (Workbook template = open(layout.template())) {
            Sheet sessions = template.getSheet("学法活动");
            int heldOn = CellReference.convertColStringToIndex(columnOf(sessions, "heldOn"));
            assertThat(sessions.getColumnStyle(heldOn).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(sessions.getColumnStyle(CellReference.convertColStringToIndex(columnOf(sessions, "title")))
                    .getDataFormatString()).isEqualTo("@");
        }
        ObjectNode session = line("study.session", "kjj-2024-session-01", "kind", "COLLECTIVE_STUDY",
                "title", "学习宪法", "heldOn", "2024-03-16");
        try (Workbook written = open(layout.write(List.of(session)))) {
            Sheet sessions = written.getSheet("学法活动");
            Cell heldOn = sessions.getRow(2).getCell(CellReference.convertColStringToIndex(columnOf(sessions, "heldOn")));
            assertThat(heldOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 16));
            assertThat(heldOn.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void theExamplesOfTheLedgerFormatComeBackAsTheyWent() {
        List<ObjectNode> examples = LedgerFormat.examples();
        assertThat(examples).hasSizeGreaterThan(40);
        Reading reading = layout.read(layout.write(examples));
        assertThat(reading.problems()).isEmpty();
        assertThat(byId(reading.lines())).isEqualTo(byId(examples.stream().map(WorkbookLayoutTest::withoutEmptyLists).toList()));
        // the lines can be recorded in their order: each after the record it names
        List<String> seen = new ArrayList<>();
        for (ObjectNode line : reading.lines()) {
            if (line.has("of")) {
                assertThat(seen).as(line.get("id").asText() + " after its record").contains(line.get("of").asText());
            }
            seen.add(line.get("id").asText());
        }
        assertThat(reading.lines().get(0).fieldNames()).toIterable().startsWith("type", "id");
    }

    @Test
    void badCellsAreProblemsNamingSheetRowAndColumn() throws IOException {
        byte[] filled = fill("学法活动", List.of(
                // row 3: fine, the kind by its Chinese name, the date as text
                List.of("kjj-2024-session-01", "", "集中学习", "学习《中华人民共和国宪法》", "2024-03-16", "办公室", "18"),
                // row 4: a kind that is none, a date that is none, a count that is no number
                List.of("kjj-2024-session-02", "", "集体学习", "学习民法典", "三月十六日", "办公室", "十八"),
                // row 5: no title; the id of row 3 again
                List.of("kjj-2024-session-01", "", "COLLECTIVE_STUDY", "", "2024-04-01"),
                // row 6: an id that is none, a department that is none
                List.of("第一次", "科技局", "GROUP_STUDY", "分组学习", "2024/5/8")));
        Reading reading = layout.read(filled);

        assertThat(reading.lines()).hasSize(1);
        assertThat(reading.lines().get(0).toString()).isEqualTo("{\"type\":\"study.session\",\"id\":\"kjj-2024-session-01\","
                + "\"kind\":\"COLLECTIVE_STUDY\",\"title\":\"学习《中华人民共和国宪法》\",\"heldOn\":\"2024-03-16\","
                + "\"organiser\":\"办公室\",\"attendees\":18}");
        Map<String, Problem> at = new HashMap<>();
        reading.problems().forEach(problem -> at.put(problem.row() + problem.column(), problem));
        assertThat(at.keySet()).containsExactlyInAnyOrder("4C", "4E", "4G", "5D", "5A", "6A", "6B");
        assertThat(at.get("4C")).isEqualTo(new Problem("学法活动", 4, "C", "kind", at.get("4C").message()));
        assertThat(at.get("4C").message()).startsWith("学习形式：“集体学习”不是可选的值；可选：COLLECTIVE_STUDY（集中学习）");
        assertThat(at.get("4E").message()).isEqualTo("举办日期：“三月十六日”不是日期；请填写日期或 YYYY-MM-DD");
        assertThat(at.get("4G").message()).isEqualTo("参加人数：“十八”不是数字");
        assertThat(at.get("5D").message()).isEqualTo("标题：必须填写");
        assertThat(at.get("5A").message()).contains("与学法活动第 3 行重复");
        assertThat(at.get("6A").field()).isEqualTo("id");
        assertThat(at.get("6B").message()).startsWith("部门代码：“科技局”不是部门代码");
        assertThat(at.get("4E").where()).isEqualTo("学法活动 第 4 行 E 列");
    }

    @Test
    void countsOutOfBoundsAndListsAreRead() {
        byte[] filled = fill("学法活动", List.of(
                List.of("s-1", "", "SPECIAL_TRAINING", "专题培训", "2024-06-15", "法制科", "0", "3", "", "中华人民共和国宪法、中华人民共和国行政诉讼法\n中华人民共和国民法典"),
                List.of("s-2", "", "SPECIAL_TRAINING", "专题培训", "2024-06-15", "法制科", "", "25")));
        Reading reading = layout.read(filled);
        assertThat(reading.problems()).extracting(Problem::column, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("G", "参加人数：“0”不能小于 1"),
                org.assertj.core.groups.Tuple.tuple("H", "学时：“25”不能大于 24"));
        assertThat(reading.lines()).isEmpty();
        Reading fine = layout.read(fill("学法活动", List.of(List.of("s-1", "kjj", "SPECIAL_TRAINING", "专题培训",
                "2024-06-15", "", "", "3", "", "中华人民共和国宪法、中华人民共和国行政诉讼法\n中华人民共和国民法典"))));
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.lines().get(0).get("laws").toString())
                .isEqualTo("[\"中华人民共和国宪法\",\"中华人民共和国行政诉讼法\",\"中华人民共和国民法典\"]");
        assertThat(fine.lines().get(0).get("hours").doubleValue()).isEqualTo(3.0);
        assertThat(fine.lines().get(0).has("attendees")).as("a count left blank is left out").isFalse();
        assertThat(fine.lines().get(0).get("department").asText()).isEqualTo("kjj");
    }

    @Test
    void theMarkedWorkbookShowsEachProblemInItsCellAndRow() throws IOException {
        byte[] filled = fill("学法活动", List.of(List.of("kjj-2024-session-02", "", "集体学习", "学习民法典", "三月十六日")));
        Reading reading = layout.read(filled);
        byte[] marked = layout.marked(filled, reading.problems());
        try (Workbook workbook = open(marked)) {
            Sheet sessions = workbook.getSheet("学法活动");
            Cell kind = sessions.getRow(2).getCell(2);
            assertThat(kind.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(kind.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(kind.getCellComment().getString().getString()).contains("“集体学习”不是可选的值");
            Cell title = sessions.getRow(2).getCell(3);
            assertThat(title.getCellStyle().getFillPattern()).isNotEqualTo(FillPatternType.SOLID_FOREGROUND);
            int notes = row(sessions, 0).indexOf("问题说明");
            assertThat(notes).isGreaterThan(4);
            assertThat(sessions.getRow(2).getCell(notes).getStringCellValue())
                    .contains("C 列 学习形式：“集体学习”不是可选的值", "E 列 举办日期：“三月十六日”不是日期");
        }
        // fixed and uploaded again, the notes column is not read
        Reading again = layout.read(layout.marked(fillInto(marked, "学法活动",
                List.of(List.of("kjj-2024-session-02", "", "集中学习", "学习民法典", "2024-03-16"))), List.of()));
        assertThat(again.problems()).isEmpty();
        assertThat(again.lines()).hasSize(1);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> layout.read("{\"type\": \"study.session\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WorkbookRefused.class).hasMessageContaining(".xlsx");
    }

    @Test
    void eachLineOfAnExportGoesToItsSheetAndOthersToTheirs() throws IOException {
        ObjectNode withdrawal = line("governance.meeting.withdrawal", "m-1-withdrawal", "of", "m-1", "reason", "重复录入");
        withdrawal.put("department", "kjj");
        try (Workbook written = open(layout.write(List.of(withdrawal)))) {
            Sheet other = written.getSheet("更正与撤回");
            assertThat(row(other, 2)).containsExactly("m-1-withdrawal", "governance.meeting.withdrawal", "m-1", "kjj",
                    "{\"reason\":\"重复录入\"}");
        }
    }

    static ObjectNode line(String type, String id, String... members) {
        ObjectNode line = LedgerFormat.JSON.createObjectNode().put("type", type).put("id", id);
        for (int i = 0; i < members.length; i += 2) {
            line.put(members[i], members[i + 1]);
        }
        return line;
    }

    private static Map<String, JsonNode> byId(List<? extends JsonNode> lines) {
        Map<String, JsonNode> byId = new HashMap<>();
        lines.forEach(line -> byId.put(line.get("id").asText(), line));
        return byId;
    }

    /** An empty list is a blank cell, which is a member left out. */
    private static ObjectNode withoutEmptyLists(ObjectNode line) {
        ObjectNode copy = line.deepCopy();
        List<String> empty = new ArrayList<>();
        copy.fields().forEachRemaining(member -> {
            if (member.getValue().isArray() && member.getValue().isEmpty()) {
                empty.add(member.getKey());
            }
        });
        copy.remove(empty);
        return copy;
    }

    /** The template with {@code rows} typed (as text) into {@code sheet} from row 3, column A on. */
    private byte[] fill(String sheet, List<List<String>> rows) {
        return fillInto(layout.template(), sheet, rows);
    }

    static byte[] fillInto(byte[] xlsx, String sheetName, List<List<String>> rows) {
        try (Workbook workbook = open(xlsx)) {
            Sheet sheet = workbook.getSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(2 + r) == null ? sheet.createRow(2 + r) : sheet.getRow(2 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    if (value.isEmpty()) {
                        cell.setBlank();
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Workbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static String cellText(Sheet sheet, int r, int c) {
        return sheet.getRow(r).getCell(c).getStringCellValue();
    }

    static List<String> row(Sheet sheet, int r) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(r)) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    /** The letter of the column of {@code field} (by the codes of row 2). */
    private static String columnOf(Sheet sheet, String field) {
        return CellReference.convertNumToColString(row(sheet, 1).indexOf(field));
    }

    private static DataValidation validationOf(Sheet sheet, String column) {
        int c = CellReference.convertColStringToIndex(column);
        for (DataValidation validation : sheet.getDataValidations()) {
            for (var range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() <= c && c <= range.getLastColumn() && range.getFirstRow() == 2) {
                    return validation;
                }
            }
        }
        return null;
    }
}
