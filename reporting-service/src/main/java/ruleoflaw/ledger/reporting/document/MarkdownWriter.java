package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
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
                md.append(row(table.header().stream().map(MarkdownWriter::escaped).toList()));
                md.append(row(table.header().stream().map(cell -> "---").toList()));
                table.rows().forEach(cells -> md.append(row(cells.stream()
                        .map(cell -> runs(List.of(cell), evidence)).toList())));
                md.append('\n');
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
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
