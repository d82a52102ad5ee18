package ruleoflaw.ledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the lines of a filled workbook (every row checked, each problem named by sheet, row and column) and marks
 * the problems in it.
 */
final class WorkbookReader {

    static final String LIST_SEPARATOR = "、";
    static final String NOTES = "问题说明";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern LIST_SPLIT = Pattern.compile("[、\\r\\n]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final WorkbookLayout layout;

    WorkbookReader(WorkbookLayout layout) {
        this.layout = layout;
    }

    /** One good row: its line, and where it was. */
    private record Found(ObjectNode line, String sheet, int row) {
    }

    /** A cell that is not what its column takes; the message says why. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    Reading read(byte[] xlsx) {
        List<Found> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Workbook workbook = open(xlsx)) {
            Map<String, Found> ids = new HashMap<>();
            for (Sheet sheet : workbook) {
                SheetLayout sheetLayout = layout.sheetNamed(sheet.getSheetName());
                if (sheetLayout == null) {
                    continue;
                }
                Map<Integer, Field> columns = columns(sheet, sheetLayout);
                for (int r = WorkbookLayout.FIRST_LINE_ROW; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || blank(row, columns)) {
                        continue;
                    }
                    List<Problem> ofRow = new ArrayList<>();
                    ObjectNode line = line(sheet.getSheetName(), sheetLayout, columns, row, ofRow);
                    if (line.hasNonNull("id") && ofRow.stream().noneMatch(p -> "id".equals(p.field()))) {
                        Found earlier = ids.get(line.get("id").asText());
                        if (earlier != null) {
                            ofRow.add(new Problem(sheet.getSheetName(), r + 1, letter(columns, "id"), "id",
                                    "编号“" + line.get("id").asText() + "”与" + earlier.sheet() + "第 " + earlier.row()
                                            + " 行重复；同一文件中每行的编号必须不同"));
                        }
                    }
                    if (ofRow.isEmpty()) {
                        Found good = new Found(line, sheet.getSheetName(), r + 1);
                        found.add(good);
                        ids.put(line.get("id").asText(), good);
                    } else {
                        problems.addAll(ofRow);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Found> ordered = inRecordingOrder(found);
        return new Reading(ordered.stream().map(Found::line).toList(),
                ordered.stream().map(one -> new Reading.Source(one.sheet(), one.row())).toList(), problems);
    }

    static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookRefused("无法读取上传的文件：请上传 Excel 工作簿（.xlsx）", e);
        }
    }

    /** Column index → field, by the codes of row 2, else by the names of row 1; other columns are not read. */
    private static Map<Integer, Field> columns(Sheet sheet, SheetLayout layout) {
        Map<Integer, Field> columns = new TreeMap<>();
        for (int headerRow : new int[] {1, 0}) {
            Row row = sheet.getRow(headerRow);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = text(cell).replaceAll("[*＊]\\s*$", "").strip();
                for (Field field : layout.columns()) {
                    boolean matches = headerRow == 1 ? field.name().equals(text) : field.label().equals(text);
                    if (matches && !columns.containsValue(field)) {
                        columns.putIfAbsent(cell.getColumnIndex(), field);
                    }
                }
            }
        }
        return columns;
    }

    private static String letter(Map<Integer, Field> columns, String name) {
        for (Map.Entry<Integer, Field> column : columns.entrySet()) {
            if (column.getValue().name().equals(name)) {
                return CellReference.convertNumToColString(column.getKey());
            }
        }
        return null;
    }

    private static boolean blank(Row row, Map<Integer, Field> columns) {
        for (Integer c : columns.keySet()) {
            Cell cell = row.getCell(c);
            if (cell != null && !text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private ObjectNode line(String sheetName, SheetLayout sheet, Map<Integer, Field> columns, Row row,
            List<Problem> problems) {
        ObjectNode line = NODES.objectNode();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, Field> column : columns.entrySet()) {
            Field field = column.getValue();
            Cell cell = row.getCell(column.getKey());
            String where = CellReference.convertNumToColString(column.getKey());
            try {
                JsonNode value = cell == null ? null : value(sheet, field, cell);
                if (value != null) {
                    values.put(field.name(), value);
                }
            } catch (Refused refused) {
                problems.add(new Problem(sheetName, row.getRowNum() + 1, where, field.name(),
                        field.label() + "：" + refused.getMessage()));
            }
        }
        for (Field field : sheet.columns()) {
            if (field.required() && !values.containsKey(field.name())
                    && problems.stream().noneMatch(p -> field.name().equals(p.field()))) {
                String where = letter(columns, field.name());
                problems.add(new Problem(sheetName, row.getRowNum() + 1, where, field.name(),
                        field.label() + "：必须填写" + (where == null ? "（工作表中缺少这一栏）" : "")));
            }
        }
        if (sheet.other()) {
            JsonNode type = values.get("type");
            line.set("type", type);
            line.set("id", values.get("id"));
            putIfPresent(line, "of", values.get("of"));
            putIfPresent(line, "department", values.get("department"));
            JsonNode content = values.get("content");
            if (content != null) {
                content.fields().forEachRemaining(member -> {
                    if (!line.has(member.getKey())) {
                        line.set(member.getKey(), member.getValue());
                    }
                });
            }
            return line;
        }
        line.put("type", sheet.type());
        for (Field field : sheet.columns()) {
            putIfPresent(line, field.name(), values.get(field.name()));
        }
        return line;
    }

    private static void putIfPresent(ObjectNode line, String name, JsonNode value) {
        if (value != null) {
            line.set(name, value);
        }
    }

    private JsonNode value(SheetLayout sheet, Field field, Cell cell) throws Refused {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.BLANK || type == CellType.ERROR) {
            if (type == CellType.ERROR) {
                throw new Refused("单元格有错误值");
            }
            return null;
        }
        String text = text(cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        switch (field.kind()) {
            case DATE:
                if (type == CellType.NUMERIC) {
                    if (!DateUtil.isCellDateFormatted(cell)) {
                        throw new Refused("“" + text + "”不是日期；请填写日期或 YYYY-MM-DD");
                    }
                    return NODES.textNode(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                }
                return NODES.textNode(date(text).toString());
            case INTEGER: {
                BigDecimal number = number(type, cell, text);
                if (number.stripTrailingZeros().scale() > 0) {
                    throw new Refused("“" + text + "”不是整数");
                }
                bounded(field, number, text);
                long whole = number.longValue();
                return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
            }
            case NUMBER: {
                BigDecimal number = number(type, cell, text);
                bounded(field, number, text);
                return NODES.numberNode(number.doubleValue());
            }
            case BOOLEAN:
                if (type == CellType.BOOLEAN) {
                    return NODES.booleanNode(cell.getBooleanCellValue());
                }
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case WorkbookLayout.YES, "true", "y", "yes", "√" -> NODES.booleanNode(true);
                    case WorkbookLayout.NO, "false", "n", "no", "×" -> NODES.booleanNode(false);
                    default -> throw new Refused("“" + text + "”不是“是”或“否”");
                };
            case CHOICE:
                return NODES.textNode(choice(sheet, field, text));
            case LIST: {
                ArrayNode items = NODES.arrayNode();
                for (String item : LIST_SPLIT.split(text)) {
                    if (!item.isBlank()) {
                        String one = item.strip();
                        lengthOk(field, one);
                        items.add(one);
                    }
                }
                return items.isEmpty() ? null : items;
            }
            case JSON: {
                JsonNode parsed;
                try {
                    parsed = WorkbookLayout.JSON.readTree(text);
                } catch (IOException e) {
                    parsed = null;
                }
                if (parsed == null || !parsed.isObject()) {
                    throw new Refused("不是 JSON 对象（形如 {\"名称\": 值}）");
                }
                return parsed;
            }
            default: {
                String value = type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                        ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : text;
                if (field.name().equals("id") && !ID.matcher(value).matches()) {
                    throw new Refused("“" + value + "”不能作编号：编号由 1–100 个字母、数字或 . _ : - 组成，以字母或数字开头");
                }
                if (field.name().equals("of") && !ID.matcher(value).matches()) {
                    throw new Refused("“" + value + "”不是记录的编号");
                }
                if (field.name().equals("department") && !DEPARTMENT.matcher(value).matches()) {
                    throw new Refused("“" + value + "”不是部门代码：1–40 个字母、数字、- 或 _");
                }
                lengthOk(field, value);
                return NODES.textNode(value);
            }
        }
    }

    private static void lengthOk(Field field, String value) throws Refused {
        if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
            throw new Refused("不能超过 " + field.maxLength() + " 个字");
        }
    }

    private static LocalDate date(String text) throws Refused {
        Matcher matcher = DATE.matcher(text);
        if (matcher.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                throw new Refused("“" + text + "”不是有效的日期");
            }
        }
        throw new Refused("“" + text + "”不是日期；请填写日期或 YYYY-MM-DD");
    }

    private static BigDecimal number(CellType type, Cell cell, String text) throws Refused {
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new Refused("“" + text + "”不是数字");
        }
    }

    private static void bounded(Field field, BigDecimal number, String text) throws Refused {
        if (field.minimum() != null && field.exclusiveMinimum() && number.compareTo(field.minimum()) <= 0) {
            throw new Refused("“" + text + "”必须大于 " + field.minimum().toPlainString());
        }
        if (field.minimum() != null && number.compareTo(field.minimum()) < 0) {
            throw new Refused("“" + text + "”不能小于 " + field.minimum().toPlainString());
        }
        if (field.maximum() != null && number.compareTo(field.maximum()) > 0) {
            throw new Refused("“" + text + "”不能大于 " + field.maximum().toPlainString());
        }
    }

    private String choice(SheetLayout sheet, Field field, String text) throws Refused {
        Map<String, String> named = layout.labels().values(sheet.type(), field.name());
        for (String choice : field.choices()) {
            if (choice.equalsIgnoreCase(text) || text.equals(named.get(choice))
                    || text.toUpperCase(Locale.ROOT).startsWith(choice + " ")) {
                return choice;
            }
        }
        List<String> offered = new ArrayList<>();
        for (String choice : field.choices()) {
            offered.add(named.containsKey(choice) ? choice + "（" + named.get(choice) + "）" : choice);
        }
        throw new Refused("“" + text + "”不是可选的值；可选：" + String.join("、", offered));
    }

    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? WorkbookLayout.YES : WorkbookLayout.NO;
            default -> "";
        };
    }

    /**
     * The lines in the order they can be recorded: the order of the workbook, except that a line naming (in
     * {@code of}) a record whose line comes later goes right after it (the conclusion of an appeal case, say, whose
     * line is in the sheet of appeals after the sheet of conclusions).
     */
    private static List<Found> inRecordingOrder(List<Found> found) {
        Map<String, Found> byId = new HashMap<>();
        found.forEach(one -> byId.put(id(one), one));
        List<Found> ordered = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        Map<String, List<Found>> waiting = new HashMap<>();
        for (Found one : found) {
            String of = one.line().path("of").asText(null);
            if (of != null && byId.containsKey(of) && !done.contains(of) && !of.equals(id(one))) {
                waiting.computeIfAbsent(of, key -> new ArrayList<>()).add(one);
            } else {
                emit(one, ordered, done, waiting);
            }
        }
        // a line waiting for a record that itself waits in a loop (a names b, b names a): in workbook order
        for (Found one : found) {
            emit(one, ordered, done, waiting);
        }
        return ordered;
    }

    private static String id(Found one) {
        return one.line().get("id").asText();
    }

    private static void emit(Found one, List<Found> ordered, java.util.Set<String> done, Map<String, List<Found>> waiting) {
        if (!done.add(id(one))) {
            return;
        }
        ordered.add(one);
        List<Found> after = waiting.remove(id(one));
        if (after != null) {
            after.forEach(next -> emit(next, ordered, done, waiting));
        }
    }

    /** {@code xlsx} with the problems marked: the cell red with a note, the row's messages in a column 问题说明. */
    static byte[] marked(byte[] xlsx, List<Problem> problems) {
        try (Workbook workbook = open(xlsx)) {
            CreationHelper helper = workbook.getCreationHelper();
            Map<Short, CellStyle> red = new HashMap<>();
            CellStyle notesStyle = workbook.createCellStyle();
            notesStyle.setWrapText(true);
            org.apache.poi.ss.usermodel.Font notesFont = workbook.createFont();
            notesFont.setColor(IndexedColors.RED.getIndex());
            notesStyle.setFont(notesFont);
            Map<String, Map<Integer, List<Problem>>> bySheet = new LinkedHashMap<>();
            for (Problem problem : problems) {
                bySheet.computeIfAbsent(problem.sheet(), key -> new TreeMap<>())
                        .computeIfAbsent(problem.row(), key -> new ArrayList<>()).add(problem);
            }
            for (Map.Entry<String, Map<Integer, List<Problem>>> entry : bySheet.entrySet()) {
                Sheet sheet = workbook.getSheet(entry.getKey());
                if (sheet == null) {
                    continue;
                }
                int notes = notesColumn(sheet);
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                for (Map.Entry<Integer, List<Problem>> row : entry.getValue().entrySet()) {
                    Row line = sheet.getRow(row.getKey() - 1) == null ? sheet.createRow(row.getKey() - 1)
                            : sheet.getRow(row.getKey() - 1);
                    List<String> messages = new ArrayList<>();
                    for (Problem problem : row.getValue()) {
                        messages.add((problem.column() == null ? "" : problem.column() + " 列 ") + problem.message());
                        if (problem.column() == null) {
                            continue;
                        }
                        int c = CellReference.convertColStringToIndex(problem.column());
                        Cell cell = line.getCell(c) == null ? line.createCell(c) : line.getCell(c);
                        CellStyle style = red.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
                            CellStyle marked = workbook.createCellStyle();
                            marked.cloneStyleFrom(cell.getCellStyle());
                            marked.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                            return marked;
                        });
                        cell.setCellStyle(style);
                        cell.removeCellComment();
                        ClientAnchor anchor = helper.createClientAnchor();
                        anchor.setCol1(c);
                        anchor.setCol2(c + 3);
                        anchor.setRow1(line.getRowNum());
                        anchor.setRow2(line.getRowNum() + 3);
                        Comment comment = drawing.createCellComment(anchor);
                        comment.setString(helper.createRichTextString(problem.message()));
                        cell.setCellComment(comment);
                    }
                    Cell note = line.getCell(notes) == null ? line.createCell(notes) : line.getCell(notes);
                    note.setCellValue(String.join("；", messages));
                    note.setCellStyle(notesStyle);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column 问题说明 of a sheet (made after the last column if there is none), emptied of earlier notes. */
    private static int notesColumn(Sheet sheet) {
        Row names = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
        int column = -1;
        for (Cell cell : names) {
            if (NOTES.equals(text(cell).strip())) {
                column = cell.getColumnIndex();
            }
        }
        if (column < 0) {
            column = Math.max(0, names.getLastCellNum());
            names.createCell(column).setCellValue(NOTES);
            sheet.setColumnWidth(column, 60 * 256);
            return column;
        }
        for (int r = WorkbookLayout.FIRST_LINE_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null) {
                row.removeCell(row.getCell(column));
            }
        }
        return column;
    }
}
