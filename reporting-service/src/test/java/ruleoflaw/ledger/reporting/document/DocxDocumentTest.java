package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word file, read back with POI: the report's text in the official document's fonts and sizes on A4. */
class DocxDocumentTest {

    private static final Narrative NARRATIVE = new Narrative(Map.of(Section.SHORTCOMINGS,
            "一是领导干部应知应会党内法规和国家法律清单涉及法律条文较多。"));

    private final byte[] docx = new ReportDocuments().render("", 2024, ReferenceFigures.of2024(), NARRATIVE,
            Template.BUREAU, Format.DOCX, "/api/reports/2024/figures/", Instant.parse("2024-12-05T08:00:00Z"));

    @Test
    void theTextOfTheReportIsInTheDocument() throws IOException {
        try (XWPFDocument document = read(); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();

            assertThat(text).startsWith("关于2024年法治政府建设情况的报告")
                    .contains("二、2024年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况")
                    .contains("全年共召开局党组会24次、局长办公会7次、专题讨论会15次")
                    .contains("《中华人民共和国政府信息公开条例》")
                    .contains("一是领导干部应知应会党内法规和国家法律清单涉及法律条文较多。")
                    .contains(ReportComposer.TO_BE_WRITTEN);
            assertThat(document.getTables()).singleElement()
                    .satisfies(table -> assertThat(table.getText()).contains("局党组会（次）\t24"));
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("关于2024年法治政府建设情况的报告");
        }
    }

    @Test
    void everyRunDeclaresItsEastAsianFontAndTheBodyIsSanhao() throws IOException {
        try (XWPFDocument document = read()) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            XWPFRun title = paragraphs.get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);

            XWPFRun meetings = run(paragraphs, "局党组会");
            assertThat(meetings.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(meetings.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(meetings.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run(paragraphs, "一、2024年法治政府建设").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(run(paragraphs, "（一）深化法治学习").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
            assertThat(paragraphs).flatMap(XWPFParagraph::getRuns)
                    .allSatisfy(run -> assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isNotBlank());
            assertThat(run(paragraphs, ReportComposer.TO_BE_WRITTEN).getTextHighlightColor().toString()).isEqualTo("yellow");
        }
    }

    @Test
    void thePageIsA4AndTheFontTableNamesTheFallbacks() throws Exception {
        try (XWPFDocument document = read()) {
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getW()).hasToString("11906");
            assertThat(page.getH()).hasToString("16838");
            assertThat(document.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("仿宋_GB2312");

            PackagePart fonts = document.getPackagePart().getRelatedPart(document.getPackagePart()
                    .getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).getRelationship(0));
            try (InputStream in = fonts.getInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>")
                        .contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>");
            }
        }
    }

    /** Only where LibreOffice is installed: the file opens in another word processor too. */
    @Test
    void libreOfficeConvertsTheDocument(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/libreoffice")), "LibreOffice is not installed");
        Path file = Files.write(dir.resolve("report.docx"), docx);
        Process conversion = new ProcessBuilder("/usr/bin/libreoffice", "--headless", "--convert-to", "txt:Text",
                "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        assertThat(conversion.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("report.txt"))).contains("全年共召开局党组会24次");
    }

    private XWPFDocument read() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFRun run(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream().flatMap(p -> p.getRuns().stream())
                .filter(run -> run.text().contains(text)).findFirst().orElseThrow();
    }
}
