package ruleoflaw.ledger.reporting.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the disclosure report as data, for a document writer to print: its columns and rows in the
 * template's order, each with a stable machine key and the template's label. {@code groups} are the merged header
 * cells above a column or before a row, outermost first (e.g. 法人或其他组织 above 商业企业).
 */
public record ReportTable(String key, String title, List<Column> columns, List<Row> rows) {

    /** Each row's values in the order of the columns. */
    public ReportTable {
        List<Column> ordered = List.copyOf(columns);
        columns = ordered;
        rows = rows.stream().map(row -> row.inOrderOf(ordered)).toList();
    }

    public record Column(String key, String label, List<String> groups) {
    }

    /** A row and its numbers by column key; a row holds only the columns the template prints for it (table 二). */
    public record Row(String key, String label, List<String> groups, Map<String, Number> values) {

        public int value(String column) {
            Number value = values.get(column);
            return value == null ? 0 : value.intValue();
        }

        Row inOrderOf(List<Column> columns) {
            Map<String, Number> ordered = new LinkedHashMap<>();
            columns.stream().filter(column -> values.containsKey(column.key()))
                    .forEach(column -> ordered.put(column.key(), values.get(column.key())));
            values.forEach(ordered::putIfAbsent);
            return new Row(key, label, groups, ordered);
        }
    }

    /** A row as the template labels it, before it has numbers. */
    public record Line(String key, String label, List<String> groups) {

        public Row with(Map<String, ? extends Number> values) {
            return new Row(key, label, groups, new LinkedHashMap<>(values));
        }
    }

    public Row row(String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + this.key + " has no row " + key));
    }
}
