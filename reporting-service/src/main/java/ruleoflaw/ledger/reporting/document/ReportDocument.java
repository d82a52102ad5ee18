package ruleoflaw.ledger.reporting.document;

import java.util.List;

/** A report as a writer sees it: a title and blocks in reading order, whatever the file format. */
public record ReportDocument(String title, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A block of the document. */
    public sealed interface Block permits Heading, Paragraph, Table {
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

    /** A table of plain cells, its first row the header. */
    public record Table(List<String> header, List<List<Run>> rows) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
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
