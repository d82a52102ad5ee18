package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import ruleoflaw.ledger.reporting.disclosure.DisclosureReport;
import ruleoflaw.ledger.reporting.disclosure.DisclosureReportSamples;
import ruleoflaw.ledger.reporting.disclosure.ReportTable;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;

/**
 * The disclosure report printed as the 2021 template lays it out, read back from each format: table 三 with 法人或其他组织
 * merged over its five columns and every row, table 四 as one line of 15 numbers, the parts in the template's order.
 */
class DisclosureDocumentTest {

    private static final Instant AS_OF = Instant.parse("2025-01-10T00:00:00Z");
    private static final Narrative NARRATIVE = new Narrative(Map.of(
            Section.INTRODUCTION, "2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。",
            Section.SHORTCOMINGS, "一是政策解读形式还不够丰富。",
            Section.NEXT_YEAR, "下一步，我局将丰富政策解读形式。"));

    private final DisclosureReport report = DisclosureReportSamples.report();
    private final ReportTable three = report.tables().get("三");

    @Test
    void thePartsAreTheTemplatesInItsOrderWithTheNarrativeAndTheYearsFigures() {
        ReportDocument document = DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), report, NARRATIVE,
                AS_OF);
        String text = text(document);

        assertThat(document.title()).isEqualTo("2024年政府信息公开工作年度报告");
        assertThat(text).containsSubsequence("（本稿数据依据台账记录，截至2025年1月10日08时00分）", "一、总体情况",
                "持续深化政务公开。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "一是政策解读形式还不够丰富。",
                "下一步，我局将丰富政策解读形式。", "六、其他需要报告的事项", DisclosureComposer.OTHER_TO_BE_WRITTEN);
        Map<String, Number> figures = DisclosureReportSamples.figures();
        assertThat(text).contains("全年新收政府信息公开申请" + figures.get("disclosure.applications.received") + "件，上年结转"
                + figures.get("disclosure.applications.carriedOver") + "件，办结"
                + figures.get("disclosure.applications.answered") + "件")
                .contains("全年印发行政规范性文件" + figures.get("normative.issued") + "件");
        assertThat(text).contains("注：本机关无规章制定权").doesNotContain(DisclosureComposer.INVARIANT_BROKEN);
    }

    @Test
    void theTitleAndTheTextNameTheDepartment() {
        ReportDocument document = DisclosureComposer.compose("重庆市九龙坡区科学技术局", 2024, DisclosureReportSamples.figures(),
                report, NARRATIVE, null);

        assertThat(document.title()).isEqualTo("重庆市九龙坡区科学技术局2024年政府信息公开工作年度报告");
        assertThat(text(document)).startsWith("一、总体情况\n本报告由重庆市九龙坡区科学技术局根据《中华人民共和国政府信息公开条例》"
                + "要求编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n2024年，我局认真贯彻落实");
        assertThat(text(DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), report, NARRATIVE, null)))
                .contains("本报告由我单位根据《中华人民共和国政府信息公开条例》要求编制");
    }

    @Test
    void aPublishedReportSaysNoneForOtherMattersAndLeavesTheDraftsNotesOut() {
        String text = text(DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), report, NARRATIVE, null));

        assertThat(text).endsWith("六、其他需要报告的事项\n无。").doesNotContain("本稿数据").doesNotContain("注：");
    }

    @Test
    void aBrokenInvariantOfTableThreeIsSaidUnderItInEveryFormatOfTheDraftAndNotInThePublishedReport() {
        DisclosureReport broken = DisclosureReportSamples.withAnAnswerThatFitsNoRow();
        assertThat(broken.checks().invariantHolds()).isFalse();
        ReportDocument document = DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), broken,
                NARRATIVE, AS_OF);
        assertThat(text(DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), broken, NARRATIVE, null)))
                .doesNotContain("本表勾稽关系不成立").doesNotContain("数据核对");

        assertThat(document.blocks()).filteredOn(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filteredOn(p -> p.text().startsWith(DisclosureComposer.INVARIANT_BROKEN)).singleElement()
                .satisfies(p -> {
                    assertThat(p.runs()).allMatch(Placeholder.class::isInstance);
                    assertThat(p.text()).contains("“其他”列").contains("“总计”列");
                });
        for (Format format : List.of(Format.HTML, Format.MD)) {
            assertThat(new String(new ReportDocuments().write(document, format, null, null), StandardCharsets.UTF_8))
                    .as("%s", format).contains("本表勾稽关系不成立");
        }
    }

    @Test
    void theWordTableThreeHasEveryRowLabelAndOrganisationsMergedOverItsFiveColumns() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new ReportDocuments().write(
                compose(), Format.DOCX, "/api/reports/2024/figures/", AS_OF)))) {
            assertThat(docx.getTables()).hasSize(3);
            XWPFTable table = docx.getTables().get(1);
            String text = table.getText();
            Stream.concat(three.rows().stream().map(ReportTable.Row::label),
                    three.rows().stream().flatMap(row -> row.groups().stream()))
                    .forEach(label -> assertThat(text).contains(label));
            assertThat(table.getRows()).hasSize(3 + 25);

            XWPFTableCell organisations = cell(table, "法人或其他组织");
            assertThat(organisations.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
            assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsSubsequence("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
            XWPFTableCell results = cell(table, "三、本年度办理结果");
            assertThat(results.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            // the rows below it continue the merge in their first cell
            assertThat(table.getRow(3 + 3).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                    .isEqualTo(STMerge.CONTINUE);
            XWPFTableRow stateSecret = table.getRows().stream()
                    .filter(row -> row.getTableCells().stream().anyMatch(c -> c.getText().equals("1.属于国家秘密")))
                    .findFirst().orElseThrow();
            assertThat(stateSecret.getTableCells()).extracting(XWPFTableCell::getText).endsWith("0", "0", "0", "0",
                    "0", "0", "0");
            assertThat(cells(table)).extracting(XWPFTableCell::getText).contains("0");

            XWPFTable four = docx.getTables().get(2);
            assertThat(four.getRows()).hasSize(4);
            assertThat(cell(four, "行政诉讼").getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(10);
            assertThat(four.getRow(3).getTableCells()).hasSize(15);

            try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                assertThat(extractor.getText()).startsWith("2024年政府信息公开工作年度报告");
            }
        }
    }

    @Test
    void theHtmlTableThreeHasTheMergedHeaderAndAllItsRows() {
        String html = new String(new ReportDocuments().write(compose(), Format.HTML, "/api/reports/2024/figures/",
                AS_OF), StandardCharsets.UTF_8);

        List<String> tables = Pattern.compile("<table>.*?</table>", Pattern.DOTALL).matcher(html).results()
                .map(MatchResult::group).toList();
        assertThat(tables).hasSize(3);
        String table = tables.get(1);
        assertThat(table).contains("<th colspan=\"7\">申请人情况</th>", "<th colspan=\"5\">法人或其他组织</th>",
                "<th rowspan=\"2\">自然人</th>", "<td rowspan=\"22\">三、本年度办理结果</td>",
                "<td rowspan=\"8\">（三）不予公开</td>", "<td colspan=\"3\">一、本年新收政府信息公开申请数量</td>");
        String body = table.substring(table.indexOf("<tbody>"));
        assertThat(Pattern.compile("<tr>").matcher(body).results().count()).isEqualTo(25);
        three.rows().forEach(row -> assertThat(body).contains(">" + row.label() + "<"));
        assertThat(body).contains("<td class=\"value\">0</td>").contains("data-figure=\"disclosure.applications.received\"");
        assertThat(tables.get(2)).contains("<th colspan=\"5\">行政复议</th>", "<th colspan=\"10\">行政诉讼</th>",
                "<th colspan=\"5\">未经复议直接起诉</th>", "<th rowspan=\"2\">结果维持</th>");
        assertThat(Pattern.compile("<td").matcher(tables.get(2)).results().count()).isEqualTo(15);
        assertThat(tables.get(0)).contains("<td colspan=\"4\">第二十条第（一）项</td>",
                "<td colspan=\"3\">本年处理决定数量</td>", "<td colspan=\"3\">本年收费金额（单位：万元）</td>");
    }

    @Test
    void theMarkdownFlattensTheHeaderIntoOneRow() {
        String md = new String(new ReportDocuments().write(compose(), Format.MD, null, null), StandardCharsets.UTF_8);

        assertThat(md).contains("| 申请人情况·自然人 | 申请人情况·法人或其他组织·商业企业 |")
                .contains("| 行政复议·结果维持 |").contains("| 行政诉讼·复议后起诉·总计 |")
                .contains("| 第二十条第（一）项 |  |  |  |\n| --- | --- | --- | --- |\n| 信息内容 | 本年制发件数 |")
                .contains("| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 |");
        assertThat(md.lines().filter(line -> line.startsWith("| 三、本年度办理结果 |"))).hasSize(22);
    }

    private ReportDocument compose() {
        return DisclosureComposer.compose("", 2024, DisclosureReportSamples.figures(), report, NARRATIVE, AS_OF);
    }

    private static String text(ReportDocument document) {
        return document.blocks().stream().map(block -> block instanceof ReportDocument.Heading heading ? heading.text()
                : block instanceof Paragraph paragraph ? paragraph.text() : "[table]")
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static List<XWPFTableCell> cells(XWPFTable table) {
        return table.getRows().stream().flatMap(row -> row.getTableCells().stream()).toList();
    }

    private static XWPFTableCell cell(XWPFTable table, String text) {
        return cells(table).stream().filter(c -> c.getText().equals(text)).findFirst().orElseThrow();
    }
}
