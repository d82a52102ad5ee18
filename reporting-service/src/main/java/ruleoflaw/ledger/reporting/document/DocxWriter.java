package ruleoflaw.ledger.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.Closing;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/**
 * A Word document laid out as an official document (GB/T 9704-2012, see {@link OfficialPage}): title in 方正小标宋简体
 * 二号, part headings in 黑体, topic headings in 楷体_GB2312, body in 仿宋_GB2312 三号 on the page's 22-line grid, tables
 * in 五号 with their columns sized to what they hold, their header rows repeated on every page and no row split between
 * two; a table too wide for the portrait page even at two characters a column is set, with its heading, on a
 * landscape page (table 四's fifteen columns fit the portrait one, which keeps the report on four pages). The
 * East Asian font is declared on every run (w:rFonts/@w:eastAsia) and the font table names the fallback a machine
 * without the GB2312 fonts uses (宋体, 楷体, 仿宋).
 */
class DocxWriter implements DocumentWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    private static final Pattern TITLE_SPLIT = Pattern.compile("关于|\\d{4}年");
    static final String PART_FONT = "黑体";
    static final String TOPIC_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    private static final String WESTERN_FONT = "Times New Roman";
    private static final int BODY_SIZE = 16; // 三号
    private static final int TITLE_SIZE = 22; // 二号
    static final double TABLE_SIZE = 10.5; // 五号
    /** The width of a character of the tables' font, in twips. */
    static final int TABLE_CHARACTER = (int) Math.round(TABLE_SIZE * 20);
    /** A cell's left and right margins, 1 mm each. */
    static final int CELL_MARGIN = 57;

    /** The GB2312 fonts and the ones Word takes when they are missing (w:altName); charset 86 (hex) is GB2312. */
    private static final String FONT_TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/></w:font>
            <w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>
            <w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>
            <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>
            <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/></w:font>
            <w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/></w:font>
            </w:fonts>
            """;

    @Override
    public byte[] write(ReportDocument document, EvidenceLinks evidence) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            defaults(docx);
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBetween(OfficialPage.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
            title.setSpacingAfter(OfficialPage.LINE_PITCH);
            List<String> titleLines = titleLines(document.title());
            for (int line = 0; line < titleLines.size(); line++) {
                XWPFRun run = text(title, titleLines.get(line), TITLE_FONT, TITLE_SIZE);
                if (line + 1 < titleLines.size()) {
                    run.addBreak();
                }
            }
            List<ReportDocument.Block> blocks = document.blocks();
            boolean landscape = false;
            for (int at = 0; at < blocks.size(); at++) {
                boolean wide = wide(blocks.get(at)) || blocks.get(at) instanceof Heading && at + 1 < blocks.size()
                        && wide(blocks.get(at + 1));
                if (wide != landscape) {
                    OfficialPage.endSection(docx, landscape);
                    landscape = wide;
                }
                ReportDocument.Block block = blocks.get(at);
                if (block instanceof Heading heading) {
                    XWPFParagraph paragraph = body(docx);
                    paragraph.setKeepNext(true); // never the last line of a page
                    text(paragraph, heading.text(), heading.level() == 1 ? PART_FONT : TOPIC_FONT, BODY_SIZE)
                            .setCharacterSpacing(OfficialPage.CONDENSED);
                } else if (block instanceof Paragraph paragraph) {
                    runs(body(docx), paragraph.runs(), BODY_SIZE);
                } else if (block instanceof Table table) {
                    table(docx, table, OfficialPage.typeWidth(landscape));
                } else if (block instanceof Closing closing) {
                    closing(docx, closing);
                }
            }
            if (landscape) {
                OfficialPage.endSection(docx, true);
            }
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The title on one line, or, when it is longer than a line of 二号 holds, on two: the department's name over what
     * the report is (重庆市九龙坡区科学技术局 / 关于2024年法治政府建设情况的报告), split before 关于 or the year.
     */
    static List<String> titleLines(String title) {
        int perLine = OfficialPage.TYPE_WIDTH / (TITLE_SIZE * 20);
        if (title.length() <= perLine) {
            return List.of(title);
        }
        Matcher split = TITLE_SPLIT.matcher(title);
        return split.find() && split.start() > 0 ? List.of(title.substring(0, split.start()), title.substring(split.start()))
                : List.of(title);
    }

    private static boolean wide(ReportDocument.Block block) {
        return block instanceof Table table && wide(TableGrid.of(table));
    }

    /** A table whose columns do not fit the portrait page even at their narrowest is set on a landscape one. */
    static boolean wide(TableGrid grid) {
        return ColumnWidths.tooWide(grid, OfficialPage.typeWidth(false), TABLE_CHARACTER, 2 * CELL_MARGIN);
    }

    private static void defaults(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(WESTERN_FONT);
        fonts.setHAnsi(WESTERN_FONT);
        fonts.setEastAsia(BODY_FONT);
        XWPFStyles styles = docx.createStyles();
        styles.setDefaultFonts(fonts);
        // The line grid's characters are counted in the default size: 三号, as the body.
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf(2L * BODY_SIZE));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(2L * BODY_SIZE));
        docx.getStyles().setEastAsia("zh-CN");
        OfficialPage.setUp(docx);
        fontTable(docx);
    }

    private static void fontTable(XWPFDocument docx) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = docx.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
            }
            docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add the font table", e);
        }
    }

    /** A body paragraph: first line indented two characters, one line of the page's grid. */
    private static XWPFParagraph body(XWPFDocument docx) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        paragraph.setSpacingBetween(OfficialPage.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        return paragraph;
    }

    /**
     * The 落款: a blank line, then the department's name and the date, each right-aligned, the date four characters in
     * from the right edge and the name centred over it.
     */
    private static void closing(XWPFDocument docx, Closing closing) {
        List<String> lines = closing.lines();
        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        for (int at = 0; at < lines.size(); at++) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            paragraph.setSpacingBetween(OfficialPage.LINE_PITCH / 20.0, LineSpacingRule.EXACT);
            if (at == 0) {
                paragraph.setSpacingBefore(2 * OfficialPage.LINE_PITCH);
            }
            int centred = (widest - lines.get(at).length()) * BODY_SIZE * 20 / 2;
            paragraph.setIndentationRight(4 * BODY_SIZE * 20 + Math.max(0, centred));
            text(paragraph, lines.get(at), BODY_FONT, BODY_SIZE);
        }
    }

    private static void runs(XWPFParagraph paragraph, List<Run> runs, double size) {
        for (Run run : runs) {
            XWPFRun written = text(paragraph, run.text(), BODY_FONT, size);
            written.setCharacterSpacing(OfficialPage.CONDENSED);
            if (run instanceof Placeholder) {
                written.setTextHighlightColor("yellow");
            }
        }
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, String eastAsianFont, double size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(WESTERN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(WESTERN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        return run;
    }

    /**
     * The table on its grid, {@code width} twips wide in columns of fixed widths: a cell spanning columns is one w:tc
     * with w:gridSpan, one spanning rows is a w:tc with w:vMerge="restart" and, in each row below it, an empty w:tc
     * with w:vMerge="continue". Header rows are repeated on each page (w:tblHeader), no row breaks across pages
     * (w:cantSplit).
     */
    private static void table(XWPFDocument docx, Table table, int width) {
        TableGrid layout = TableGrid.of(table);
        int[] widths = ColumnWidths.of(layout, width, TABLE_CHARACTER, 2 * CELL_MARGIN);
        XWPFTable grid = docx.createTable(layout.rows().size(), layout.columns());
        CTTblPr properties = grid.getCTTbl().getTblPr();
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(IntStream.of(widths).sum()));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        properties.addNewJc().setVal(STJcTable.CENTER);
        grid.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int column = 0; column < layout.columns(); column++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(widths[column]));
        }
        for (int row = 0; row < layout.rows().size(); row++) {
            XWPFTableRow cells = grid.getRow(row);
            cells.setCantSplitRow(true);
            if (row < layout.headRows()) {
                cells.setRepeatHeader(true);
            }
            List<TableGrid.Slot> slots = layout.rows().get(row);
            // a row of labels only (a header, table 二's 第二十条第（一）项) stays on the page of the row it heads
            boolean heading = row + 1 < layout.rows().size()
                    && slots.stream().noneMatch(slot -> !slot.continued() && slot.cell().value());
            while (cells.getTableCells().size() > slots.size()) {
                cells.removeCell(cells.getTableCells().size() - 1);
            }
            for (int at = 0; at < slots.size(); at++) {
                TableGrid.Slot slot = slots.get(at);
                XWPFTableCell cell = cells.getCell(at);
                CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                int spanned = IntStream.range(slot.column(), slot.column() + slot.cell().columns())
                        .map(column -> widths[column]).sum();
                CTTblWidth cellWidth = cellProperties.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(BigInteger.valueOf(spanned));
                if (slot.cell().columns() > 1) {
                    cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().columns()));
                }
                if (slot.cell().rows() > 1) {
                    cellProperties.addNewVMerge().setVal(slot.continued() ? STMerge.CONTINUE : STMerge.RESTART);
                }
                if (!slot.continued()) {
                    cell(cell, slot.cell(), row < layout.headRows());
                }
                if (heading) {
                    cell.getParagraphs().forEach(paragraph -> {
                        if (!paragraph.getCTP().isSetPPr()) {
                            paragraph.getCTP().addNewPPr();
                        }
                        paragraph.setKeepNext(true);
                    });
                }
            }
        }
    }

    private static void cell(XWPFTableCell cell, Cell content, boolean header) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(header ? ParagraphAlignment.CENTER
                : content.value() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        paragraph.getCTP().getPPr().addNewSnapToGrid().setVal(STOnOff1.OFF);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        for (Run run : content.runs()) {
            XWPFRun written = text(paragraph, run.text(), header ? PART_FONT : BODY_FONT, TABLE_SIZE);
            if (run instanceof Placeholder) {
                written.setTextHighlightColor("yellow");
            }
        }
    }
}
