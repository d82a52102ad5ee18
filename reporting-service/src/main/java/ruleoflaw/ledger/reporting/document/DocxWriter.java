package ruleoflaw.ledger.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import ruleoflaw.ledger.reporting.document.ReportDocument.Cell;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;

/**
 * A Word document laid out like an official document (GB/T 9704): A4 with its margins, title in 方正小标宋简体 二号,
 * part headings in 黑体, topic headings in 楷体_GB2312, body in 仿宋_GB2312 三号 with a fixed 28pt line. The East Asian
 * font is declared on every run (w:rFonts/@w:eastAsia) and the font table names the fallback a machine without the
 * GB2312 fonts uses (宋体, 楷体, 仿宋).
 */
class DocxWriter implements DocumentWriter {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String PART_FONT = "黑体";
    static final String TOPIC_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    private static final String WESTERN_FONT = "Times New Roman";
    private static final int BODY_SIZE = 16; // 三号
    private static final int TITLE_SIZE = 22; // 二号
    private static final int TABLE_SIZE = 14; // 四号

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
            title.setSpacingAfter(28 * 20);
            text(title, document.title(), TITLE_FONT, TITLE_SIZE);
            for (ReportDocument.Block block : document.blocks()) {
                if (block instanceof Heading heading) {
                    text(body(docx), heading.text(), heading.level() == 1 ? PART_FONT : TOPIC_FONT, BODY_SIZE);
                } else if (block instanceof Paragraph paragraph) {
                    runs(body(docx), paragraph.runs(), BODY_SIZE);
                } else if (block instanceof Table table) {
                    table(docx, table);
                }
            }
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaults(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(WESTERN_FONT);
        fonts.setHAnsi(WESTERN_FONT);
        fonts.setEastAsia(BODY_FONT);
        docx.createStyles().setDefaultFonts(fonts);
        docx.getStyles().setEastAsia("zh-CN");
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz a4 = section.addNewPgSz();
        a4.setW(BigInteger.valueOf(11906));
        a4.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        fontTable(docx);
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
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

    /** A body paragraph: first line indented two characters, a fixed 28pt line. */
    private static XWPFParagraph body(XWPFDocument docx) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        return paragraph;
    }

    private static void runs(XWPFParagraph paragraph, List<Run> runs, int size) {
        for (Run run : runs) {
            XWPFRun written = text(paragraph, run.text(), BODY_FONT, size);
            if (run instanceof Placeholder) {
                written.setTextHighlightColor("yellow");
            }
        }
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, String eastAsianFont, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(WESTERN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(WESTERN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        return run;
    }

    /**
     * The table on its grid: a cell spanning columns is one w:tc with w:gridSpan, one spanning rows is a w:tc with
     * w:vMerge="restart" and, in each row below it, an empty w:tc with w:vMerge="continue".
     */
    private static void table(XWPFDocument docx, Table table) {
        TableGrid layout = TableGrid.of(table);
        XWPFTable grid = docx.createTable(layout.rows().size(), layout.columns());
        grid.setWidth("100%");
        CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int column = 0; column < layout.columns(); column++) {
            columns.addNewGridCol().setW(BigInteger.valueOf(9000 / layout.columns()));
        }
        for (int row = 0; row < layout.rows().size(); row++) {
            XWPFTableRow cells = grid.getRow(row);
            List<TableGrid.Slot> slots = layout.rows().get(row);
            while (cells.getTableCells().size() > slots.size()) {
                cells.removeCell(cells.getTableCells().size() - 1);
            }
            for (int at = 0; at < slots.size(); at++) {
                TableGrid.Slot slot = slots.get(at);
                XWPFTableCell cell = cells.getCell(at);
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (slot.cell().columns() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().columns()));
                }
                if (slot.cell().rows() > 1) {
                    properties.addNewVMerge().setVal(slot.continued() ? STMerge.CONTINUE : STMerge.RESTART);
                }
                if (!slot.continued()) {
                    cell(cell, slot.cell(), row < layout.headRows());
                }
            }
        }
    }

    private static void cell(XWPFTableCell cell, Cell content, boolean header) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(header ? ParagraphAlignment.CENTER
                : content.value() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        for (Run run : content.runs()) {
            XWPFRun written = text(paragraph, run.text(), header ? PART_FONT : BODY_FONT, TABLE_SIZE);
            if (run instanceof Placeholder) {
                written.setTextHighlightColor("yellow");
            }
        }
    }
}
