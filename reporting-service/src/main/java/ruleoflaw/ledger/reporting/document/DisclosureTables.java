package ruleoflaw.ledger.reporting.document;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ruleoflaw.ledger.reporting.disclosure.ReportTable;
import ruleoflaw.ledger.reporting.disclosure.Template2021;
import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.FigureRun;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;
import ruleoflaw.ledger.reporting.document.ReportDocument.Text;

/**
 * Tables 二, 三 and 四 of the disclosure report printed as the 2021 template lays them out, every row and column, zeros
 * included. A column's groups become merged header cells above it, a row's groups merged cells before it; the cells
 * that are figures of the catalog link to their evidence.
 */
final class DisclosureTables {

    /** Table, row and column key of a cell → the figure it is. */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            entry("applications/received/total", "disclosure.applications.received"),
            entry("applications/carriedOver/total", "disclosure.applications.carriedOver"),
            entry("applications/resultsTotal/total", "disclosure.applications.answered"),
            entry("applications/carriedForward/total", "disclosure.applications.pending"),
            entry("activeDisclosure/normativeDocuments/issued", "normative.issued"),
            entry("activeDisclosure/normativeDocuments/repealed", "normative.repealed"),
            entry("activeDisclosure/normativeDocuments/inForce", "normative.inForce"));

    private DisclosureTables() {
    }

    /**
     * 二: for each item of 条例 art. 20, a row naming it across the table, a row of 信息内容 and the columns its rows
     * have, then its rows; an item with one column has it across the rest of the table.
     */
    static Table active(ReportTable table) {
        List<List<ReportTable.Row>> items = groups(table.rows());
        int width = 1 + items.stream().mapToInt(rows -> columnsOf(table, rows).size()).max().orElse(1);
        List<List<Cell>> body = new ArrayList<>();
        for (List<ReportTable.Row> rows : items) {
            List<ReportTable.Column> columns = columnsOf(table, rows);
            body.add(List.of(Cell.text(rows.get(0).groups().get(0)).spanning(width, 1)));
            List<Cell> header = new ArrayList<>(List.of(Cell.text(Template2021.INFORMATION_CONTENT)));
            columns.forEach(column -> header.add(Cell.text(column.label())));
            body.add(stretched(header, width));
            for (ReportTable.Row row : rows) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.label())));
                columns.forEach(column -> cells.add(value(table, row, column)));
                body.add(stretched(cells, width));
            }
        }
        return new Table(List.of(), body);
    }

    /** 三: applicants across under 申请人情况 (法人或其他组织 over its five), what became of the applications down. */
    static Table applications(ReportTable table) {
        List<List<String>> rowPaths = table.rows().stream().map(row -> path(row.groups(), row.label())).toList();
        int labelColumns = rowPaths.stream().mapToInt(List::size).max().orElse(1);
        List<List<String>> columnPaths = table.columns().stream().map(column -> path(column.groups(), column.label()))
                .toList();
        int depth = columnPaths.stream().mapToInt(List::size).max().orElse(1);
        List<List<Cell>> head = head(columnPaths,
                Cell.text(Template2021.APPLICATIONS_CORNER).spanning(labelColumns, depth));
        List<List<Cell>> labels = rowLabels(rowPaths, labelColumns);
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            ReportTable.Row row = table.rows().get(i);
            List<Cell> cells = new ArrayList<>(labels.get(i));
            table.columns().forEach(column -> cells.add(value(table, row, column)));
            body.add(cells);
        }
        return new Table(head, body);
    }

    /**
     * 四: one line of numbers, as the template prints it: each row of the table (行政复议, and 行政诉讼's two) becomes a
     * group of the header over its five columns.
     */
    static Table reviews(ReportTable table) {
        List<List<String>> paths = new ArrayList<>();
        List<Cell> values = new ArrayList<>();
        for (ReportTable.Row row : table.rows()) {
            for (ReportTable.Column column : table.columns()) {
                paths.add(Stream.concat(path(row.groups(), row.label()).stream(), Stream.of(column.label())).toList());
                values.add(value(table, row, column));
            }
        }
        return new Table(head(paths, null), List.of(values));
    }

    /** The header rows over columns with these paths (groups, then label); {@code corner} over the row labels. */
    private static List<List<Cell>> head(List<List<String>> paths, Cell corner) {
        int depth = paths.stream().mapToInt(List::size).max().orElse(1);
        List<List<Cell>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<Cell> row = new ArrayList<>();
            if (level == 0 && corner != null) {
                row.add(corner);
            }
            int first = 0;
            while (first < paths.size()) {
                List<String> path = paths.get(first);
                if (path.size() <= level) {
                    first++; // under its label, which spans down to the last header row
                    continue;
                }
                int next = first + 1;
                while (next < paths.size() && samePrefix(paths.get(next), path, level)) {
                    next++;
                }
                boolean label = path.size() == level + 1;
                row.add(Cell.text(path.get(level)).spanning(next - first, label ? depth - level : 1));
                first = next;
            }
            rows.add(row);
        }
        return rows;
    }

    /** The cells before each row with these paths, {@code width} columns of them. */
    private static List<List<Cell>> rowLabels(List<List<String>> paths, int width) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            List<String> path = paths.get(i);
            List<Cell> cells = new ArrayList<>();
            for (int level = 0; level < path.size(); level++) {
                if (i > 0 && samePrefix(paths.get(i - 1), path, level)) {
                    continue; // in the merged cell of the row above
                }
                int next = i + 1;
                while (next < paths.size() && samePrefix(paths.get(next), path, level)) {
                    next++;
                }
                boolean label = level == path.size() - 1;
                cells.add(Cell.text(path.get(level)).spanning(label ? width - level : 1, next - i));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static List<String> path(List<String> groups, String label) {
        return Stream.concat(groups.stream(), Stream.of(label)).toList();
    }

    /** Consecutive rows of the same first group. */
    private static List<List<ReportTable.Row>> groups(List<ReportTable.Row> rows) {
        List<List<ReportTable.Row>> groups = new ArrayList<>();
        for (ReportTable.Row row : rows) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).get(0).groups().equals(row.groups())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(row);
        }
        return groups;
    }

    private static List<ReportTable.Column> columnsOf(ReportTable table, List<ReportTable.Row> rows) {
        return table.columns().stream()
                .filter(column -> rows.stream().anyMatch(row -> row.values().containsKey(column.key()))).toList();
    }

    /** The last cell spans what is left of the width. */
    private static List<Cell> stretched(List<Cell> cells, int width) {
        int left = width - cells.size();
        if (left > 0) {
            cells.set(cells.size() - 1, cells.get(cells.size() - 1).spanning(left + 1, 1));
        }
        return cells;
    }

    private static Cell value(ReportTable table, ReportTable.Row row, ReportTable.Column column) {
        Number value = row.values().get(column.key());
        String written = ReportComposer.written(value == null ? 0 : value);
        String figure = FIGURES.get(table.key() + "/" + row.key() + "/" + column.key());
        return Cell.of(figure == null ? new Text(written) : new FigureRun(figure, written));
    }
}
