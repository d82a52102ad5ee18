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

    /**
     * The page of GB/T 9704 ({@link OfficialPage}): A4, margins 37/26/35/28 mm, 22 lines of 28 characters of 三号, page
     * numbers "— 1 —" in 四号 at the outer edge; tables in 五号, a table too wide for the page on a landscape one.
     */
    private static final String STYLE = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            @page :right { @bottom-right { content: "\\2014  " counter(page) "  \\2014"; font: 14pt "宋体", "SimSun", \
            "Noto Serif CJK SC", serif; margin-right: 1em; } }
            @page :left { @bottom-left { content: "\\2014  " counter(page) "  \\2014"; font: 14pt "宋体", "SimSun", \
            "Noto Serif CJK SC", serif; margin-left: 1em; } }
            @page wide { size: A4 landscape; margin: 26mm 35mm 28mm 37mm; }
            body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", \
            "Source Han Serif SC", "SimSun", serif; font-size: 16pt; line-height: 28.95pt; max-width: 156mm; \
            margin: 2em auto; color: #000; }
            h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "宋体", "SimSun", "Songti SC", \
            "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; line-height: 28.95pt; text-align: center; \
            margin: 0 0 28.95pt; }
            h2 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt; \
            font-weight: normal; text-indent: 2em; margin: 0; }
            h3 { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; \
            font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; }
            p { text-indent: 2em; margin: 0; text-align: justify; }
            a.figure { color: inherit; text-decoration: underline dotted; }
            .placeholder { background: #ffef9f; }
            table { border-collapse: collapse; margin: 7pt auto; font-size: 10.5pt; line-height: 1.3; table-layout: fixed; \
            width: 100%; }
            table.wide { page: wide; }
            th { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
            th, td { border: 1px solid #000; padding: 1pt 1mm; }
            td.value { text-align: right; }
            .closing { margin-top: 57.9pt; }
            .closing p { text-indent: 0; text-align: right; margin-right: 4em; }
            @media print {
              body { margin: 0; max-width: none; }
              a.figure { text-decoration: none; }
              .placeholder { background: none; }
              h2, h3 { page-break-after: avoid; }
              thead { display: table-header-group; }
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
                html.append(table(table));
                if (!table.head().isEmpty()) {
                    html.append("<thead>");
                    table.head().forEach(cells -> html.append(row(cells, "th", evidence)));
                    html.append("</thead>\n");
                }
                html.append("<tbody>\n");
                table.body().forEach(cells -> html.append(row(cells, "td", evidence)).append('\n'));
                html.append("</tbody>\n</table>\n");
            } else if (block instanceof ReportDocument.Closing closing) {
                html.append("<div class=\"closing\">");
                closing.lines().forEach(line -> html.append("<p>").append(escaped(line)).append("</p>"));
                html.append("</div>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table's opening tag and its columns' widths, as the Word file has them. */
    private static String table(Table table) {
        TableGrid grid = TableGrid.of(table);
        boolean wide = DocxWriter.wide(grid);
        int[] widths = ColumnWidths.of(grid, OfficialPage.typeWidth(wide), DocxWriter.TABLE_CHARACTER,
                2 * DocxWriter.CELL_MARGIN);
        double total = java.util.stream.IntStream.of(widths).sum();
        StringBuilder html = new StringBuilder(wide ? "<table class=\"wide\">\n<colgroup>" : "<table>\n<colgroup>");
        for (int width : widths) {
            html.append(String.format(java.util.Locale.ROOT, "<col style=\"width:%.1f%%\">", 100 * width / total));
        }
        return html.append("</colgroup>\n").toString();
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
