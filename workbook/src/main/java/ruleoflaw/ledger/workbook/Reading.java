package ruleoflaw.ledger.workbook;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a workbook holds: the ledger lines of its good rows, in the order they can be recorded (a line after the line
 * of the record it names), with the row each came from ({@code sources}, one per line), and the problems of the
 * other rows, sheet by sheet, row by row.
 */
public record Reading(List<ObjectNode> lines, List<Source> sources, List<Problem> problems) {

    /** The row of a workbook a line came from (rows numbered as Excel does, from 1). */
    public record Source(String sheet, int row) {

        /** As a person reads it: {@code 学法活动 第 3 行}. */
        public String where() {
            return sheet + " 第 " + row + " 行";
        }
    }
}
