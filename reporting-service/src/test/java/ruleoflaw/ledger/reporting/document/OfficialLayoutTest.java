package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/**
 * The Word files of the reference year read back from their XML: the page of GB/T 9704-2012 in twips, the line grid,
 * the page numbers, the tables' column widths and page breaks, the 落款 of a published revision and the draft's marks.
 */
class OfficialLayoutTest {

    /** Millimetres in twips as Word counts them (567 to the centimetre). */
    private static long mm(double millimetres) {
        return Math.round(millimetres * 56.7);
    }

    @Test
    void everySectionIsA4WithTheMarginsAndTheLineGridOfGbT9704() throws IOException {
        for (ReportDocument document : List.of(ReferenceYearDocuments.ruleOfLaw(true),
                ReferenceYearDocuments.disclosure(true), ReferenceYearDocuments.disclosure(false))) {
            try (XWPFDocument docx = read(document)) {
                assertThat(sections(docx)).as(document.title()).singleElement().satisfies(section -> {
                    assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
                    assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
                    assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098)).isEqualTo(BigInteger.valueOf(mm(37)));
                    assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
                    assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1588));
                    assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
                    long typeWidth = 11906 - 1588 - 1474;
                    long typeHeight = 16838 - 2098 - 1984;
                    assertThat(typeWidth).as("156 mm").isBetween(mm(156) - 2, mm(156) + 2);
                    assertThat(typeHeight).as("225 mm").isBetween(mm(225) - 2, mm(225) + 2);
                    assertThat(section.getDocGrid().getLinePitch()).as("22 lines of the type area")
                            .isEqualTo(BigInteger.valueOf(579));
                    assertThat(22 * 579).isLessThanOrEqualTo((int) typeHeight);
                    assertThat(section.getDocGrid().getCharSpace()).as("28 characters of 16 pt in 156 mm")
                            .isEqualTo(BigInteger.valueOf(-849));
                    assertThat(section.getFooterReferenceList()).hasSize(2);
                });
            }
        }
    }

    @Test
    void oddPagesNumberOnTheRightAndEvenPagesOnTheLeftAsDashedFourthSizePageFields() throws IOException {
        try (XWPFDocument docx = read(ReferenceYearDocuments.disclosure(true))) {
            assertThat(docx.getEvenAndOddHeadings()).isTrue();
            assertThat(docx.getFooterList()).hasSize(2);
            List<ParagraphAlignment> sides = new ArrayList<>();
            for (XWPFFooter footer : docx.getFooterList()) {
                String xml = footer._getHdrFtr().xmlText();
                assertThat(xml).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
                        .contains("w:fldCharType=\"begin\"").contains("w:fldCharType=\"end\"")
                        .contains("<w:sz w:val=\"28\"/>");
                XWPFParagraph number = footer.getParagraphs().get(0);
                assertThat(number.getText()).isEqualTo("— 1 —");
                sides.add(number.getAlignment());
            }
            assertThat(sides).containsExactlyInAnyOrder(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT);
        }
    }

    @Test
    void tableThreesLabelsAreWideItsCountsNarrowItsHeaderRepeatedAndNoRowSplit() throws IOException {
        try (XWPFDocument docx = read(ReferenceYearDocuments.disclosure(true))) {
            XWPFTable three = docx.getTables().get(1);
            int[] widths = widths(three);
            assertThat(widths).hasSize(10);
            assertThat(IntStream.of(widths).sum()).isLessThanOrEqualTo(OfficialPage.TYPE_WIDTH)
                    .isGreaterThan(OfficialPage.TYPE_WIDTH - 20);
            int label = widths[2];
            assertThat(IntStream.range(3, 10).map(column -> widths[column]))
                    .as("the seven columns of counts").allSatisfy(width -> assertThat(width)
                            .isLessThan(label / 3).isGreaterThanOrEqualTo((int) (2.5 * 210)));
            assertThat(label).as("the labels of the outcomes: 12 characters of 五号 or more")
                    .isGreaterThan(12 * 210);
            assertThat(three.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            List<Boolean> repeated = three.getRows().stream().map(XWPFTableRow::isRepeatHeader).toList();
            assertThat(repeated.subList(0, 3)).as("the three header rows").containsOnly(true);
            assertThat(repeated.subList(3, repeated.size())).as("the body rows").containsOnly(false);
            assertThat(three.getRow(5).getCell(0).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .as("五号, smaller than the body").isEqualTo(10.5);
            assertThat(three.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
        }
    }

    @Test
    void headingsAndTheRowsOfLabelsOnlyStayWithWhatFollowsThem() throws IOException {
        try (XWPFDocument docx = read(ReferenceYearDocuments.disclosure(true))) {
            assertThat(docx.getParagraphs()).filteredOn(p -> p.getText().equals("三、收到和处理政府信息公开申请情况"))
                    .singleElement().satisfies(heading -> assertThat(heading.isKeepNext()).isTrue());
            XWPFTable two = docx.getTables().get(0);
            assertThat(two.getRow(0).getCell(0).getText()).isEqualTo("第二十条第（一）项");
            assertThat(two.getRow(0).getCell(0).getParagraphs().get(0).isKeepNext()).isTrue();
            assertThat(two.getRow(1).getCell(0).getParagraphs().get(0).isKeepNext()).as("信息内容 …").isTrue();
            assertThat(two.getRow(2).getCell(0).getParagraphs().get(0).isKeepNext()).as("a row of figures").isFalse();
        }
    }

    @Test
    void tableFoursFifteenColumnsFitThePortraitPageOnOneLineOfNumbers() throws IOException {
        try (XWPFDocument docx = read(ReferenceYearDocuments.disclosure(true))) {
            XWPFTable four = docx.getTables().get(2);
            int[] widths = widths(four);
            assertThat(widths).hasSize(15);
            assertThat(IntStream.of(widths)).allSatisfy(width -> assertThat(width).isGreaterThanOrEqualTo(2 * 210 + 114));
            assertThat(IntStream.of(widths).sum()).isLessThanOrEqualTo(OfficialPage.TYPE_WIDTH);
            assertThat(four.getRows()).hasSize(4);
            assertThat(four.getRow(3).getTableCells()).hasSize(15);
        }
    }

    @Test
    void aTableTooWideForThePortraitPageGoesWithItsHeadingOnALandscapeSection() throws IOException {
        List<Cell> header = IntStream.range(0, 24).mapToObj(column -> Cell.text("列" + column)).toList();
        List<Cell> numbers = IntStream.range(0, 24).mapToObj(column -> Cell.text(String.valueOf(column))).toList();
        ReportDocument document = new ReportDocument("宽表", List.of(new Heading(1, "一、前文"),
                new Heading(1, "二、宽表"), new Table(List.of(header), List.of(numbers)), new Heading(1, "三、后文")));
        try (XWPFDocument docx = read(document)) {
            List<CTSectPr> sections = sections(docx);
            assertThat(sections).hasSize(3);
            assertThat(sections.get(0).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sections.get(1).getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sections.get(1).getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sections.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(sections.get(1).getFooterReferenceList()).hasSize(2);
            assertThat(sections.get(2).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(IntStream.of(widths(docx.getTables().get(0))).sum())
                    .isGreaterThan(OfficialPage.TYPE_WIDTH).isLessThanOrEqualTo(16838 - 2098 - 1984);
            String body = docx.getDocument().getBody().xmlText();
            assertThat(body.indexOf("一、前文")).isLessThan(body.indexOf("<w:sectPr"));
            assertThat(body.indexOf("二、宽表")).as("the heading goes with its table")
                    .isGreaterThan(body.indexOf("<w:sectPr"));
        }
        assertThat(new String(new ReportDocuments().write(document, Format.HTML, null, null), StandardCharsets.UTF_8))
                .contains("<table class=\"wide\">").contains("@page wide { size: A4 landscape;");
    }

    @Test
    void aPublishedRevisionEndsWithTheDepartmentAndTheDayAndShowsNoDraftMarks() throws IOException {
        for (ReportDocument document : List.of(ReferenceYearDocuments.ruleOfLaw(true),
                ReferenceYearDocuments.disclosure(true))) {
            try (XWPFDocument docx = read(document); XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                List<XWPFParagraph> paragraphs = docx.getParagraphs().stream()
                        .filter(paragraph -> !paragraph.getText().isBlank()).toList();
                XWPFParagraph name = paragraphs.get(paragraphs.size() - 2);
                XWPFParagraph day = paragraphs.get(paragraphs.size() - 1);
                assertThat(name.getText()).isEqualTo("重庆市九龙坡区科学技术局");
                assertThat(day.getText()).isEqualTo("2025年1月20日");
                assertThat(List.of(name.getAlignment(), day.getAlignment())).containsOnly(ParagraphAlignment.RIGHT);
                assertThat(text.getText()).as(document.title()).doesNotContain("待填写").doesNotContain("本稿数据")
                        .doesNotContain("数据核对").doesNotContain("注：");
                assertThat(docx.getParagraphs()).flatMap(XWPFParagraph::getRuns)
                        .allSatisfy(run -> assertThat(run.getTextHighlightColor().toString()).isEqualTo("none"));
            }
        }
    }

    @Test
    void aDraftShowsItsMarksAndNoClosingLine() throws IOException {
        try (XWPFDocument docx = read(ReferenceYearDocuments.disclosure(false));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("（本稿数据依据台账记录，截至2025年1月10日08时00分）")
                    .contains("（待填写：存在的主要问题）").contains("注：").doesNotContain("2025年1月20日");
        }
    }

    @Test
    void aTitleTooLongForOneLineIsSplitAfterTheDepartment() {
        assertThat(DocxWriter.titleLines("重庆市九龙坡区科学技术局关于2024年法治政府建设情况的报告"))
                .containsExactly("重庆市九龙坡区科学技术局", "关于2024年法治政府建设情况的报告");
        assertThat(DocxWriter.titleLines("重庆市九龙坡区科学技术局2024年政府信息公开工作年度报告"))
                .containsExactly("重庆市九龙坡区科学技术局", "2024年政府信息公开工作年度报告");
        assertThat(DocxWriter.titleLines("关于2024年法治政府建设情况的报告")).containsExactly("关于2024年法治政府建设情况的报告");
    }

    @Test
    void theHtmlPrintViewHasTheSamePageAndColumnsAndTheClosingLine() {
        String html = new String(new ReportDocuments().write(ReferenceYearDocuments.disclosure(true), Format.HTML, null,
                null), StandardCharsets.UTF_8);
        assertThat(html).contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
                .contains("@page :right { @bottom-right { content: \"\\2014  \" counter(page) \"  \\2014\"")
                .contains("@page :left { @bottom-left {")
                .contains("<colgroup><col style=\"width:")
                .contains("<div class=\"closing\"><p>重庆市九龙坡区科学技术局</p><p>2025年1月20日</p></div>")
                .doesNotContain("待填写");
    }

    private static XWPFDocument read(ReportDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(ReferenceYearDocuments.docx(document)));
    }

    /** The sections in order: those ended by a paragraph's properties, then the body's last. */
    private static List<CTSectPr> sections(XWPFDocument docx) {
        List<CTSectPr> sections = new ArrayList<>();
        docx.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
        sections.add(docx.getDocument().getBody().getSectPr());
        return sections;
    }

    private static int[] widths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(column -> ((BigInteger) column.getW()).intValue()).toArray();
    }
}
