package ruleoflaw.ledger.reporting.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/**
 * Where the cells of a table fall on its grid, header rows first: for the writers that need every grid position
 * (Word's vertical merges, Markdown's flat rows) rather than HTML's cells-that-start-here.
 */
record TableGrid(int columns, int headRows, List<List<Slot>> rows) {

    /**
     * A cell at {@code column} of a row: where it starts, or ({@code continued}) a row further down that it spans.
     * {@code top} is the row it starts in.
     */
    record Slot(Cell cell, int column, int top, boolean continued) {
    }

    static TableGrid of(Table table) {
        List<List<Cell>> all = new ArrayList<>(table.head());
        all.addAll(table.body());
        List<Set<Integer>> taken = new ArrayList<>();
        List<TreeMap<Integer, Slot>> slots = new ArrayList<>();
        all.forEach(row -> {
            taken.add(new HashSet<>());
            slots.add(new TreeMap<>());
        });
        int width = 0;
        for (int row = 0; row < all.size(); row++) {
            int column = 0;
            for (Cell cell : all.get(row)) {
                while (taken.get(row).contains(column)) {
                    column++;
                }
                for (int down = 0; down < cell.rows() && row + down < all.size(); down++) {
                    for (int across = 0; across < cell.columns(); across++) {
                        taken.get(row + down).add(column + across);
                    }
                    slots.get(row + down).put(column, new Slot(cell, column, row, down > 0));
                }
                column += cell.columns();
                width = Math.max(width, column);
            }
        }
        return new TableGrid(width, table.head().size(), slots.stream().map(row -> List.copyOf(row.values())).toList());
    }
}
