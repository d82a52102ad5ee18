package ruleoflaw.ledger.reporting.document;

import java.util.List;

/**
 * How wide each column of a table is printed, in twips: a column of numbers just wide enough for its figures and a
 * short header word (between {@value #MIN_VALUE_CHARACTERS} and {@value #MAX_VALUE_CHARACTERS} characters), a column
 * of group labels each spanning several rows ({@code （三）不予公开}) two or three characters, the other columns of
 * labels sharing the rest by the length of their longest label. A table of numbers only shares the whole width evenly.
 * So table 三's labels read on a line or two and its seven columns of counts stay narrow.
 */
final class ColumnWidths {

    static final double MIN_VALUE_CHARACTERS = 2.5;
    static final double MAX_VALUE_CHARACTERS = 4;
    private static final int MIN_LABEL_CHARACTERS = 2;
    private static final int MAX_GROUP_CHARACTERS = 3;
    /** The narrowest a column is printed: two characters. A table whose columns do not fit so needs a wider page. */
    static final int NARROWEST_CHARACTERS = 2;
    private static final int MAX_LABEL_CHARACTERS = 16;

    private ColumnWidths() {
    }

    /**
     * @param character the width of one character of the table's font, in twips
     * @param padding the cell's left and right margins together, in twips
     */
    static int[] of(TableGrid grid, int width, int character, int padding) {
        int columns = grid.columns();
        boolean[] values = new boolean[columns];
        boolean[] groups = new boolean[columns];
        double[] need = new double[columns];
        for (int column = 0; column < columns; column++) {
            values[column] = valueColumn(grid, column);
            groups[column] = !values[column] && groupColumn(grid, column);
            need[column] = longest(grid, column, values[column]);
        }
        int[] widths = new int[columns];
        int taken = 0;
        int labels = 0;
        for (int column = 0; column < columns; column++) {
            if (values[column] || groups[column]) {
                double characters = values[column]
                        ? Math.min(MAX_VALUE_CHARACTERS, Math.max(MIN_VALUE_CHARACTERS, need[column]))
                        : Math.min(MAX_GROUP_CHARACTERS, Math.max(MIN_LABEL_CHARACTERS, need[column]));
                widths[column] = (int) Math.round(characters * character) + padding;
                taken += widths[column];
            } else {
                labels++;
            }
        }
        if (labels == 0 || taken >= width) {
            double scale = width / (double) taken; // no room for labels to share: every column in proportion
            for (int column = 0; column < columns; column++) {
                widths[column] = (int) Math.floor(widths[column] * scale);
            }
            return widths;
        }
        double weights = 0;
        for (int column = 0; column < columns; column++) {
            if (!values[column] && !groups[column]) {
                weights += Math.min(MAX_LABEL_CHARACTERS, Math.max(MIN_LABEL_CHARACTERS, need[column]));
            }
        }
        for (int column = 0; column < columns; column++) {
            if (!values[column] && !groups[column]) {
                double weight = Math.min(MAX_LABEL_CHARACTERS, Math.max(MIN_LABEL_CHARACTERS, need[column]));
                widths[column] = (int) Math.floor((width - taken) * weight / weights);
            }
        }
        return widths;
    }

    /** Whether the table's columns, each at its narrowest, are wider than {@code width}. */
    static boolean tooWide(TableGrid grid, int width, int character, int padding) {
        return grid.columns() * (NARROWEST_CHARACTERS * character + padding) > width;
    }

    /** A column of labels whose own cells mostly span several rows: the groups of the rows beside it. */
    private static boolean groupColumn(TableGrid grid, int column) {
        int cells = 0;
        int spanning = 0;
        for (List<TableGrid.Slot> row : grid.rows().subList(grid.headRows(), grid.rows().size())) {
            for (TableGrid.Slot slot : row) {
                if (slot.column() == column && !slot.continued() && slot.cell().columns() == 1) {
                    cells++;
                    spanning += slot.cell().rows() > 1 ? 1 : 0;
                }
            }
        }
        return cells > 0 && spanning * 2 >= cells;
    }

    /** A column whose body cells of its own (not spanning others) are mostly figures. */
    private static boolean valueColumn(TableGrid grid, int column) {
        int cells = 0;
        int values = 0;
        for (List<TableGrid.Slot> row : grid.rows().subList(grid.headRows(), grid.rows().size())) {
            for (TableGrid.Slot slot : row) {
                if (slot.column() == column && !slot.continued() && slot.cell().columns() == 1) {
                    cells++;
                    values += slot.cell().value() ? 1 : 0;
                }
            }
        }
        return cells > 0 && values * 2 >= cells;
    }

    /** The longest text of the column's own cells, in characters: of its figures only, for a column of numbers. */
    private static double longest(TableGrid grid, int column, boolean value) {
        double longest = 0;
        for (int row = 0; row < grid.rows().size(); row++) {
            for (TableGrid.Slot slot : grid.rows().get(row)) {
                boolean own = slot.column() == column && !slot.continued() && slot.cell().columns() == 1;
                if (own && (!value || slot.cell().value())) {
                    longest = Math.max(longest, characters(slot.cell().text()));
                }
            }
        }
        return longest;
    }

    /** A Chinese character counts one, a digit or a Latin letter half. */
    private static double characters(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
    }
}
