package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ruleoflaw.ledger.reporting.document.ReportDocument.FigureRun;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/** CommonMark (with a GFM table): figures link to their evidence, placeholders are in bold. */
class MarkdownWriter implements DocumentWriter {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

    @Override
    public byte[] write(ReportDocument document, EvidenceLinks evidence) {
        StringBuilder md = new StringBuilder("# ").append(escaped(document.title())).append("\n\n");
        for (ReportDocument.Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                md.append("#".repeat(heading.level() + 1)).append(' ').append(escaped(heading.text())).append("\n\n");
            } else if (block instanceof Paragraph paragraph) {
                md.append(runs(paragraph.runs(), evidence)).append("\n\n");
            } else if (block instanceof Table table) {
                table(md, TableGrid.of(table), evidence);
            } else if (block instanceof ReportDocument.Closing closing) {
                md.append(String.join("  \n", closing.lines().stream().map(MarkdownWriter::escaped).toList()))
                        .append("\n\n");
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A GFM table has one header row and no merged cells: the header rows are flattened, each column headed by its
     * groups and its label ("法人或其他组织·商业企业"); a table without header rows is headed by its first row. In the
     * rows, a cell spanning rows is repeated in each, one spanning columns is followed by empty cells.
     */
    private static void table(StringBuilder md, TableGrid grid, EvidenceLinks evidence) {
        int headRows = Math.max(grid.headRows(), Math.min(1, grid.rows().size()));
        List<String> header = new ArrayList<>();
        for (int column = 0; column < grid.columns(); column++) {
            List<String> names = new ArrayList<>();
            for (int row = 0; row < headRows; row++) {
                for (TableGrid.Slot slot : grid.rows().get(row)) {
                    boolean covers = slot.column() <= column && column < slot.column() + slot.cell().columns();
                    boolean named = slot.column() == column || slot.top() + slot.cell().rows() < headRows;
                    String name = runs(slot.cell().runs(), evidence);
                    if (covers && !slot.continued() && named && !name.isBlank()) {
                        names.add(name);
                    }
                }
            }
            header.add(String.join("·", names));
        }
        md.append(row(header));
        md.append(row(header.stream().map(cell -> "---").toList()));
        for (List<TableGrid.Slot> slots : grid.rows().subList(headRows, grid.rows().size())) {
            List<String> cells = new ArrayList<>();
            for (TableGrid.Slot slot : slots) {
                cells.add(runs(slot.cell().runs(), evidence));
                for (int across = 1; across < slot.cell().columns(); across++) {
                    cells.add("");
                }
            }
            md.append(row(cells));
        }
        md.append('\n');
    }

    private static String row(List<String> cells) {
        return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String runs(List<Run> runs, EvidenceLinks evidence) {
        return runs.stream().map(run -> run(run, evidence)).collect(Collectors.joining());
    }

    private static String run(Run run, EvidenceLinks evidence) {
        if (run instanceof FigureRun figure) {
            return evidence.of(figure.key()).map(link -> "[" + escaped(figure.text()) + "](<" + link + ">)")
                    .orElse(escaped(figure.text()));
        }
        return run instanceof Placeholder ? "**" + escaped(run.text()) + "**" : escaped(run.text());
    }

    private static String escaped(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
