package ruleoflaw.ledger.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The 台账 workbook: one sheet per line type the services take (records, then their steps), columns {@code id}
 * (编号), {@code of} (所属记录编号, steps only), {@code department} (部门代码), then the fields of the type's REST body
 * in the order of its OpenAPI schema; an instruction sheet (说明) first, a sheet of other lines (更正与撤回) and a
 * table of codes (代码表) last. Row 1 holds the Chinese names (an asterisk: must be filled in), row 2 the fields'
 * codes, rows from 3 the lines. Choices are drop-down lists of their codes (the table of codes gives each code's
 * Chinese name, and a cell may hold either), yes/no fields drop-downs of 是/否, dates date cells (text
 * {@code YYYY-MM-DD} is read too), lists one cell with the items separated by 、 or line breaks. A blank cell is a
 * member left out of the line.
 *
 * <p>Built from the ledger types of the contexts ({@code GET /api/<context>/ledger/types}), their OpenAPI documents
 * ({@code /v3/api-docs}) and the {@link Labels}; the gateway and {@code bin/suite import|export} share it.
 */
public final class WorkbookLayout {

    static final String INSTRUCTIONS = "说明";
    static final String OTHER_SHEET = "更正与撤回";
    static final String CODES = "代码表";
    /** The rows of a sheet before its lines: the names, then the codes. */
    static final int FIRST_LINE_ROW = 2;
    /** How many rows the template's drop-down lists and formats reach. */
    static final int TEMPLATE_ROWS = 2000;
    static final String YES = "是";
    static final String NO = "否";
    private static final Set<String> LEFT_OUT = Set.of("expectedVersion");
    static final ObjectMapper JSON = new ObjectMapper();

    private final List<SheetLayout> sheets;
    private final Labels labels;

    WorkbookLayout(List<SheetLayout> sheets, Labels labels) {
        this.sheets = List.copyOf(sheets);
        this.labels = labels;
    }

    /**
     * The layout of the lines {@code types} names (type → path, as the contexts answer; corrections and withdrawals
     * have no sheet of their own), their fields read from the request bodies of {@code POST <path>} in the OpenAPI
     * documents {@code apiDocs}. A type whose body no document describes has the fields the labels name, as text.
     */
    public static WorkbookLayout of(Map<String, String> types, Collection<JsonNode> apiDocs, Labels labels) {
        List<String> order = new ArrayList<>();
        for (String type : labels.typeOrder()) {
            if (types.containsKey(type)) {
                order.add(type);
            }
        }
        types.keySet().stream().filter(type -> !order.contains(type)).sorted().forEach(order::add);
        List<SheetLayout> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of(INSTRUCTIONS, OTHER_SHEET, CODES));
        for (String type : order) {
            if (type.endsWith(".correction") || type.endsWith(".withdrawal")) {
                continue;
            }
            String path = types.get(type);
            boolean step = path.contains("{of}");
            List<Field> columns = new ArrayList<>();
            columns.add(Field.text("id", labels.field(type, "id"), labels.fieldHint(type, "id"), true, 100));
            if (step) {
                columns.add(Field.text("of", labels.field(type, "of"), labels.fieldHint(type, "of"), true, 100));
            }
            columns.add(Field.text("department", labels.field(type, "department"), labels.fieldHint(type, "department"),
                    false, 40));
            List<Field> body = OpenApiBodies.fields(type, path, apiDocs, labels, LEFT_OUT);
            if (body.isEmpty()) {
                // no document describes the body: the fields the labels name, as text (checked by the service)
                for (String field : labels.fieldsOf(type)) {
                    body.add(Field.text(field, labels.field(type, field), labels.fieldHint(type, field), false, null));
                }
            }
            columns.addAll(body);
            sheets.add(new SheetLayout(uniqueName(labels.type(type), names), type, labels.hint(type), columns));
        }
        List<Field> other = List.of(
                Field.text("id", labels.field("", "id"), labels.fieldHint("", "id"), true, 100),
                Field.text("type", labels.field("", "type"), "行的类型，如 study.session.correction", true, 200),
                Field.text("of", labels.field("", "of"), labels.fieldHint("", "of"), false, 100),
                Field.text("department", labels.field("", "department"), labels.fieldHint("", "department"), false, 40),
                new Field("content", Field.Kind.JSON, labels.field("", "content"),
                        "行的其余内容（JSON 对象），如 {\"reason\": \"重复录入\"}", false, List.of(), null, false, null, null));
        sheets.add(new SheetLayout(OTHER_SHEET, SheetLayout.OTHER, "更正、撤回等其他行（带历史导出时写出）", other));
        return new WorkbookLayout(sheets, labels);
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    public List<SheetLayout> sheets() {
        return sheets;
    }

    Labels labels() {
        return labels;
    }

    SheetLayout sheetOfType(String type) {
        return sheets.stream().filter(sheet -> !sheet.other() && sheet.type().equals(type)).findFirst()
                .orElse(sheets.get(sheets.size() - 1));
    }

    /**
     * The sheet of a line: its type's, unless it has a member that sheet has no column for (a field a later version
     * of a service added, say): then the sheet of other lines, which keeps every member.
     */
    private SheetLayout sheetOf(JsonNode line) {
        SheetLayout sheet = sheetOfType(line.path("type").asText());
        java.util.Iterator<String> members = line.fieldNames();
        while (members.hasNext()) {
            String member = members.next();
            if (!member.equals("type") && sheet.column(member) == null) {
                return sheets.get(sheets.size() - 1);
            }
        }
        return sheet;
    }

    SheetLayout sheetNamed(String name) {
        for (SheetLayout sheet : sheets) {
            if (sheet.name().equals(name) || (!sheet.other() && sheet.type().equals(name))) {
                return sheet;
            }
        }
        return null;
    }

    /** The empty workbook. */
    public byte[] template() {
        return write(List.of());
    }

    /** A workbook holding {@code lines} (ledger lines, as an export writes them), each in its type's sheet. */
    public byte[] write(List<? extends JsonNode> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            instructions(workbook, styles);
            Map<SheetLayout, List<JsonNode>> bySheet = new LinkedHashMap<>();
            sheets.forEach(sheet -> bySheet.put(sheet, new ArrayList<>()));
            for (JsonNode line : lines) {
                bySheet.get(sheetOf(line)).add(line);
            }
            Sheet codes = workbook.createSheet(CODES);
            int[] codeColumn = {0};
            for (Map.Entry<SheetLayout, List<JsonNode>> entry : bySheet.entrySet()) {
                sheet(workbook, styles, entry.getKey(), entry.getValue(), codes, codeColumn);
            }
            workbook.setSheetOrder(CODES, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a filled workbook holds; {@link WorkbookRefused} if it is no workbook. */
    public Reading read(byte[] xlsx) {
        return new WorkbookReader(this).read(xlsx);
    }

    /** {@code xlsx} with the cells of {@code problems} marked red, each with a note, and a column 问题说明. */
    public byte[] marked(byte[] xlsx, List<Problem> problems) {
        return WorkbookReader.marked(xlsx, problems);
    }

    private void instructions(Workbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet(INSTRUCTIONS);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        List<String> text = List.of(
                "法治工作台账",
                "本工作簿每个工作表对应一类记录（如“学法活动”“行政诉讼与复议案件”），每一行是一条记录。请从第 3 行起逐行填写；第 1 行是栏目名称（带 * 的必须填写），第 2 行是栏目代码，请勿修改这两行。",
                "编号：每行都要有编号，由 1–100 个字母、数字或 . _ : - 组成，以字母或数字开头，如 kjj-2024-session-01。编号就是这条记录在台账中的编号，全系统唯一；同一文件中不能重复。再次上传同一行不会重复记录（已记录的会显示为“已存在”），所以可以放心重传。",
                "所属记录编号：答辩、开庭、结案、补正、答复等“步骤”工作表的每一行都属于一条记录（一个案件、一份申请），在此填写那条记录的编号；那条记录可以在同一文件中，也可以已经录入。",
                "部门代码：记录所属部门的代码（如 kjj），留空则记入上传用户所在的部门。",
                "日期：填写日期格式的单元格，或文字 YYYY-MM-DD（如 2024-03-16）。",
                "选项：带下拉列表的栏目请从列表中选择；列表中是代码，其中文名称见“代码表”工作表，填写中文名称也可以。是否类栏目填“是”或“否”。",
                "多项内容（如所学法律法规、议题、联合单位）：写在一个单元格里，各项之间用顿号“、”或换行分隔。",
                "未填：选填的栏目可以留空，留空即“未说明”。人数等统计数字不清楚时请留空，不要填 0——留空表示“未统计”，填 0 表示“没有”。",
                "检查：上传后先逐行检查，有问题的行会按工作表、行、列列出（也可以下载标出问题的工作簿，问题单元格标红，“问题说明”栏写明原因），没有问题的行再逐条记录。",
                "更正与撤回：带历史导出时，记录的更正和撤回写在“更正与撤回”工作表，内容为 JSON；一般不需要手工填写。",
                "不认识的工作表和栏目（如自己加的“备注”栏）不会读取。");
        int row = 0;
        Cell title = sheet.createRow(row++).createCell(0);
        title.setCellValue(text.get(0));
        title.setCellStyle(styles.title);
        for (String paragraph : text.subList(1, text.size())) {
            Row line = sheet.createRow(row++);
            Cell cell = line.createCell(0);
            cell.setCellValue(paragraph);
            cell.setCellStyle(styles.wrapped);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(line.getRowNum(), line.getRowNum(), 0, 2));
            line.setHeightInPoints(Math.max(1, paragraph.length() / 55 + 1) * 16f);
        }
        row++;
        Row heading = sheet.createRow(row++);
        String[] headings = {"工作表", "记录类型代码", "内容"};
        for (int i = 0; i < headings.length; i++) {
            Cell cell = heading.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(styles.header);
        }
        for (SheetLayout layout : sheets) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(layout.name());
            line.createCell(1).setCellValue(layout.other() ? "" : layout.type());
            line.createCell(2).setCellValue(layout.hint());
        }
    }

    private void sheet(XSSFWorkbook workbook, Styles styles, SheetLayout layout, List<JsonNode> lines, Sheet codes,
            int[] codeColumn) {
        Sheet sheet = workbook.createSheet(layout.name());
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row names = sheet.createRow(0);
        Row fieldCodes = sheet.createRow(1);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int last = FIRST_LINE_ROW + Math.max(TEMPLATE_ROWS, lines.size()) - 1;
        for (int c = 0; c < layout.columns().size(); c++) {
            Field field = layout.columns().get(c);
            Cell name = names.createCell(c);
            name.setCellValue(field.header());
            name.setCellStyle(field.required() ? styles.requiredHeader : styles.header);
            String hint = hint(layout, field);
            if (!hint.isEmpty()) {
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(hint));
                name.setCellComment(comment);
            }
            Cell code = fieldCodes.createCell(c);
            code.setCellValue(field.name());
            code.setCellStyle(styles.code);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, field.header().length() * 2 + 4)) * 256);
            sheet.setDefaultColumnStyle(c, styles.of(field.kind()));
            CellRangeAddressList range = new CellRangeAddressList(FIRST_LINE_ROW, last, c, c);
            DataValidationConstraint constraint = null;
            switch (field.kind()) {
                case CHOICE -> {
                    String reference = codeList(codes, codeColumn, layout, field);
                    constraint = validations.createFormulaListConstraint(reference);
                }
                case BOOLEAN -> constraint = validations.createExplicitListConstraint(new String[] {YES, NO});
                default -> {
                }
            }
            if (constraint != null) {
                DataValidation validation = validations.createValidation(constraint, range);
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("请从列表中选择", field.label() + "：请从下拉列表中选择");
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(layout.other() ? 2 : 1, FIRST_LINE_ROW);
        int r = FIRST_LINE_ROW;
        for (JsonNode line : lines) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < layout.columns().size(); c++) {
                Field field = layout.columns().get(c);
                JsonNode value = layout.other() && field.name().equals("content") ? content(line) : line.get(field.name());
                if (value != null && !value.isNull()) {
                    write(row.createCell(c), field, value, styles);
                }
            }
        }
    }

    private String hint(SheetLayout layout, Field field) {
        StringBuilder hint = new StringBuilder(field.hint() == null ? "" : field.hint());
        if (field.kind() == Field.Kind.CHOICE && !field.choices().isEmpty()) {
            Map<String, String> named = labels.values(layout.type(), field.name());
            List<String> choices = new ArrayList<>();
            for (String choice : field.choices()) {
                choices.add(named.containsKey(choice) ? choice + " " + named.get(choice) : choice);
            }
            hint.append(hint.length() == 0 ? "" : "\n").append("可选：").append(String.join("、", choices));
        }
        if (field.minimum() != null || field.maximum() != null) {
            hint.append(hint.length() == 0 ? "" : "\n").append("范围：")
                    .append(field.minimum() == null ? "" : field.minimum().toPlainString()).append("–")
                    .append(field.maximum() == null ? "" : field.maximum().toPlainString());
        }
        return hint.toString();
    }

    /** The choices of {@code field} in the next column of the table of codes (names beside); the reference to them. */
    private String codeList(Sheet codes, int[] codeColumn, SheetLayout layout, Field field) {
        int c = codeColumn[0];
        codeColumn[0] += 3;
        Map<String, String> named = labels.values(layout.type(), field.name());
        cell(codes, 0, c).setCellValue(layout.name() + "·" + field.label());
        cell(codes, 1, c).setCellValue(layout.type() + "." + field.name());
        cell(codes, 0, c + 1).setCellValue("中文名称");
        for (int i = 0; i < field.choices().size(); i++) {
            String choice = field.choices().get(i);
            cell(codes, FIRST_LINE_ROW + i, c).setCellValue(choice);
            cell(codes, FIRST_LINE_ROW + i, c + 1).setCellValue(named.getOrDefault(choice, ""));
        }
        codes.setColumnWidth(c, 30 * 256);
        codes.setColumnWidth(c + 1, 24 * 256);
        String column = CellReference.convertNumToColString(c);
        return "'" + CODES + "'!$" + column + "$" + (FIRST_LINE_ROW + 1) + ":$" + column + "$"
                + (FIRST_LINE_ROW + Math.max(1, field.choices().size()));
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    /** The members of an other line that have no column of their own, as a JSON object. */
    private static JsonNode content(JsonNode line) {
        ObjectNode rest = JSON.createObjectNode();
        line.fields().forEachRemaining(member -> {
            if (!Set.of("type", "id", "of", "department").contains(member.getKey())) {
                rest.set(member.getKey(), member.getValue());
            }
        });
        return rest.isEmpty() ? null : rest;
    }

    private static void write(Cell cell, Field field, JsonNode value, Styles styles) {
        cell.setCellStyle(styles.of(field.kind()));
        switch (field.kind()) {
            case DATE -> {
                try {
                    cell.setCellValue(LocalDate.parse(value.asText()));
                } catch (RuntimeException e) {
                    cell.setCellValue(value.asText());
                }
            }
            case INTEGER, NUMBER -> {
                if (value.isNumber()) {
                    cell.setCellValue(value.doubleValue());
                } else {
                    cell.setCellValue(value.asText());
                }
            }
            case BOOLEAN -> cell.setCellValue(value.isBoolean() ? (value.booleanValue() ? YES : NO) : value.asText());
            case LIST -> {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
                boolean separatorInside = items.stream().anyMatch(item -> item.contains(WorkbookReader.LIST_SEPARATOR));
                cell.setCellValue(String.join(separatorInside ? "\n" : WorkbookReader.LIST_SEPARATOR, items));
            }
            case JSON -> {
                try {
                    cell.setCellValue(JSON.writeValueAsString(value));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> cell.setCellValue(value.isTextual() ? value.asText() : value.toString());
        }
    }

    /** The styles of a workbook: one per kind of cell, and the headers'. */
    static final class Styles {
        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle code;
        final CellStyle text;
        final CellStyle date;
        final CellStyle number;
        final CellStyle general;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            title = workbook.createCellStyle();
            title.setFont(big);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            requiredHeader = workbook.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFont(red);
            code = workbook.createCellStyle();
            code.setFont(grey);
            short textFormat = workbook.createDataFormat().getFormat("@");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("General"));
            general = workbook.createCellStyle();
        }

        CellStyle of(Field.Kind kind) {
            return switch (kind) {
                case DATE -> date;
                case INTEGER, NUMBER -> number;
                case TEXT, LIST, JSON, CHOICE -> text;
                default -> general;
            };
        }
    }

    static BigDecimal decimal(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
