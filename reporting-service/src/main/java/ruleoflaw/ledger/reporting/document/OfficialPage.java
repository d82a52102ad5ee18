package ruleoflaw.ledger.reporting.document;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in twips (1/1440 inch, 567 to the centimetre as Word counts them): A4,
 * margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, so a type area of 156 mm × 225 mm holding 22 lines of 28
 * characters of 三号 (16 pt); page numbers in 四号 as "— 1 —", odd pages on the right and even pages on the left, each
 * one character in from the edge. A landscape section turns the same page a quarter: its margins go round with it.
 */
final class OfficialPage {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int TOP = 2098;
    static final int BOTTOM = 1984;
    static final int LEFT = 1588;
    static final int RIGHT = 1474;
    /** The type area: 156 mm × 225 mm. */
    static final int TYPE_WIDTH = A4_WIDTH - LEFT - RIGHT;
    static final int TYPE_HEIGHT = A4_HEIGHT - TOP - BOTTOM;
    static final int LINES = 22;
    static final int CHARACTERS = 28;
    /** The height of one of the 22 lines, rounded down so that the 22nd still fits (28.95 pt). */
    static final int LINE_PITCH = TYPE_HEIGHT / LINES;
    /**
     * How much narrower than 16 pt a character is set so that 28 fill the line, in 1/4096 pt as w:docGrid/@w:charSpace
     * counts (-849: rounded down, so the 28th never wraps). The grid is of lines only (w:type="lines"): on a grid of
     * characters LibreOffice sets 17 a line, so the runs themselves are narrowed ({@link #CONDENSED}).
     */
    static final int CHAR_SPACE = (int) Math.floor((TYPE_WIDTH / (double) CHARACTERS - 16 * 20) / 20 * 4096);
    /** The same narrowing on each run of the body, in twentieths of a point (-0.25 pt: 28 × 15.75 pt fill 156 mm). */
    static final int CONDENSED = (int) Math.floor((TYPE_WIDTH / (double) CHARACTERS) - 16 * 20);
    /** From the page's bottom edge to the footer's last line: the page number 7 mm below the type area. */
    static final int FOOTER = BOTTOM - 397;
    static final int HEADER = 851;
    static final String PAGE_NUMBER_FONT = "宋体";
    private static final int PAGE_NUMBER_SIZE = 14; // 四号
    private static final String DASH = "\u2014";

    private OfficialPage() {
    }

    /**
     * Lays out the body's (last) section, adds the odd and even page footers it and every other section refer to, and
     * tells Word that odd and even pages have their own footers.
     */
    static void setUp(XWPFDocument docx) {
        CTSectPr last = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        lay(last, false);
        pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        docx.setEvenAndOddHeadings(true);
    }

    /**
     * Ends the section the document is in with an (all but invisible) paragraph carrying its properties: portrait or
     * landscape, the footers the body's section refers to.
     */
    static void endSection(XWPFDocument docx, boolean landscape) {
        XWPFParagraph end = docx.createParagraph();
        end.setSpacingBefore(0);
        end.setSpacingAfter(0);
        end.getCTP().addNewPPr().addNewRPr().addNewSz().setVal(BigInteger.TWO);
        CTSectPr section = end.getCTP().getPPr().addNewSectPr();
        lay(section, landscape);
        for (CTHdrFtrRef footer : docx.getDocument().getBody().getSectPr().getFooterReferenceList()) {
            CTHdrFtrRef copy = section.addNewFooterReference();
            copy.setType(footer.getType());
            copy.setId(footer.getId());
        }
    }

    /** The width of the type area in a portrait or a landscape section. */
    static int typeWidth(boolean landscape) {
        return landscape ? A4_HEIGHT - TOP - BOTTOM : TYPE_WIDTH;
    }

    private static void lay(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        // Turned a quarter clockwise for reading: the top margin goes to the left, the left one to the bottom.
        margins.setTop(BigInteger.valueOf(landscape ? RIGHT : TOP));
        margins.setBottom(BigInteger.valueOf(landscape ? LEFT : BOTTOM));
        margins.setLeft(BigInteger.valueOf(landscape ? TOP : LEFT));
        margins.setRight(BigInteger.valueOf(landscape ? BOTTOM : RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER));
        margins.setFooter(BigInteger.valueOf(landscape ? LEFT - 397 : FOOTER));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    /** "— 1 —": the page number as a PAGE field between two dashes, one character in from the outer edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(side);
        int oneCharacter = PAGE_NUMBER_SIZE * 20;
        if (side == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(oneCharacter);
        } else {
            paragraph.setIndentationLeft(oneCharacter);
        }
        run(paragraph).setText(DASH + " ");
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(paragraph).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph).setText("1");
        run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph).setText(" " + DASH);
    }

    private static XWPFRun run(XWPFParagraph paragraph) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(PAGE_NUMBER_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(PAGE_NUMBER_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(PAGE_NUMBER_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(PAGE_NUMBER_SIZE);
        return run;
    }
}
