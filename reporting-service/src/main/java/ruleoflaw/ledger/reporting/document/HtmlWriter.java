package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.FigureRun;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/**
 * A printable page laid out like an official document (GB/T 9704: A4, 仿宋 三号 body, 方正小标宋 title, 黑体 and
 * 楷体 headings); every figure links to the records behind it.
 */
class HtmlWriter implements DocumentWriter {

    private static final String STYLE = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", \
            "Source Han Serif SC", "SimSun", serif; font-size: 16pt; line-height: 28pt; max-width: 156mm; \
            margin: 2em auto; color: #000; }
            h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", \
            serif; font-size: 22pt; font-weight: normal; line-height: 1.5; text-align: center; margin: 0 0 28pt; }
            h2 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt; \
            font-weight: normal; text-indent: 2em; margin: 0; }
            h3 { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", serif; font-size: 16pt; \
            font-weight: normal; text-indent: 2em; margin: 0; }
            p { text-indent: 2em; margin: 0; text-align: justify; }
            a.figure { color: inherit; text-decoration: underline dotted; }
            .placeholder { background: #ffef9f; }
            table { border-collapse: collapse; margin: 14pt auto; font-size: 14pt; line-height: 1.4; }
            th, td { border: 1px solid #000; padding: 2pt 6pt; }
            td.value { text-align: right; }
            @media print {
              body { margin: 0; max-width: none; }
              a.figure { text-decoration: none; }
              .placeholder { background: none; }
              h2, h3 { page-break-after: avoid; }
              tr { page-break-inside: avoid; }
            }
            """;

    @Override
    public byte[] write(ReportDocument document, EvidenceLinks evidence) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(escaped(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escaped(document.title())).append("</h1>\n");
        for (ReportDocument.Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                html.append("<h").append(heading.level() + 1).append('>').append(escaped(heading.text()))
                        .append("</h").append(heading.level() + 1).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(runs(paragraph.runs(), evidence)).append("</p>\n");
            } else if (block instanceof Table table) {
                html.append("<table>\n");
                if (!table.head().isEmpty()) {
                    html.append("<thead>");
                    table.head().forEach(cells -> html.append(row(cells, "th", evidence)));
                    html.append("</thead>\n");
                }
                html.append("<tbody>\n");
                table.body().forEach(cells -> html.append(row(cells, "td", evidence)).append('\n'));
                html.append("</tbody>\n</table>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(List<Cell> cells, String tag, EvidenceLinks evidence) {
        StringBuilder html = new StringBuilder("<tr>");
        for (Cell cell : cells) {
            html.append('<').append(tag);
            if (cell.columns() > 1) {
                html.append(" colspan=\"").append(cell.columns()).append('"');
            }
            if (cell.rows() > 1) {
                html.append(" rowspan=\"").append(cell.rows()).append('"');
            }
            if (tag.equals("td") && cell.value()) {
                html.append(" class=\"value\"");
            }
            html.append('>').append(runs(cell.runs(), evidence)).append("</").append(tag).append('>');
        }
        return html.append("</tr>").toString();
    }

    private static String runs(List<Run> runs, EvidenceLinks evidence) {
        StringBuilder html = new StringBuilder();
        runs.forEach(run -> html.append(run(run, evidence)));
        return html.toString();
    }

    private static String run(Run run, EvidenceLinks evidence) {
        if (run instanceof FigureRun figure) {
            String key = escaped(figure.key());
            return evidence.of(figure.key())
                    .map(link -> "<a class=\"figure\" data-figure=\"" + key + "\" href=\"" + escaped(link) + "\">"
                            + escaped(figure.text()) + "</a>")
                    .orElse("<span class=\"figure\" data-figure=\"" + key + "\">" + escaped(figure.text()) + "</span>");
        }
        return run instanceof Placeholder
                ? "<span class=\"placeholder\">" + escaped(run.text()) + "</span>"
                : escaped(run.text());
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
