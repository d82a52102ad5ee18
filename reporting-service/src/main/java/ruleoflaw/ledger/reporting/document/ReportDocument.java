package ruleoflaw.ledger.reporting.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A report as a writer sees it: a title and blocks in reading order, whatever the file format. */
public record ReportDocument(String title, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** The same document with {@code first} before its first block (e.g. when and how it was published). */
    public ReportDocument opening(Block first) {
        List<Block> opened = new ArrayList<>(blocks);
        opened.add(0, first);
        return new ReportDocument(title, opened);
    }

    /** The same document with {@code last} after its last block (e.g. its 落款). */
    public ReportDocument closing(Closing last) {
        List<Block> closed = new ArrayList<>(blocks);
        closed.add(last);
        return new ReportDocument(title, closed);
    }

    /** A block of the document. */
    public sealed interface Block permits Heading, Paragraph, Table, Closing {
    }

    /**
     * The 落款 a published report ends with: the department's name and the day it was published (重庆市××区××局 /
     * 2025年1月20日), set to the right.
     */
    public record Closing(List<String> lines) implements Block {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

        public Closing {
            lines = lines.stream().filter(line -> line != null && !line.isBlank()).toList();
        }

        /** The department's name (none for an unnamed one) over the day, written 2025年1月20日. */
        public static Closing of(String department, LocalDate day) {
            return new Closing(java.util.Arrays.asList(department, DAY.format(day)));
        }
    }

    /** A heading: level 1 for the parts (一、), level 2 for their topics (（一）). */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph of running text. */
    public record Paragraph(List<Run> runs) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
        }

        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /**
     * A table: its header rows, then its body rows. As in HTML, a cell may span columns and rows, and a row lists only
     * the cells that start in it.
     */
    public record Table(List<List<Cell>> head, List<List<Cell>> body) implements Block {

        public Table {
            head = head.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
        }

        /** A table of one header row of labels and one run in each cell. */
        public static Table of(List<String> header, List<List<Run>> rows) {
            return new Table(List.of(header.stream().map(Cell::text).toList()),
                    rows.stream().map(row -> row.stream().map(Cell::of).toList()).toList());
        }
    }

    /** A cell of a table, spanning {@code columns} columns and {@code rows} rows. */
    public record Cell(List<Run> runs, int columns, int rows) {

        private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

        public Cell {
            runs = List.copyOf(runs);
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException("a cell spans at least one column and one row");
            }
        }

        public static Cell of(Run run) {
            return new Cell(List.of(run), 1, 1);
        }

        public static Cell text(String text) {
            return of(new Text(text));
        }

        public Cell spanning(int columns, int rows) {
            return new Cell(runs, columns, rows);
        }

        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }

        /** A figure or a number, which a table prints aligned to the right. */
        public boolean value() {
            return !runs.isEmpty() && (runs.stream().allMatch(FigureRun.class::isInstance) || NUMBER.matcher(text()).matches());
        }
    }

    /** A piece of a paragraph. */
    public sealed interface Run permits Text, FigureRun, Placeholder {

        String text();
    }

    public record Text(String text) implements Run {
    }

    /** A figure of the catalog as written in the text, with the key its evidence is found by. */
    public record FigureRun(String key, String text) implements Run {
    }

    /** What is still to be written, shown as such in drafts. */
    public record Placeholder(String text) implements Run {
    }
}
