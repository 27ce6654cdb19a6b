package org.bestvalue.reporting.rendering;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.positionstatement.PositionStatement;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The position statement book as a Word document (Apache POI XWPF), for the council to edit before committee: a cover,
 * a contents field Word fills in from the headings when the document is opened (theme = Heading 1, characteristic =
 * Heading 2, so the navigation pane lists them too), then each characteristic's guidance, score and rationale,
 * narrative and evidence; the page number and count in the footer.
 */
public final class PositionStatementBookDocx {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";

    private PositionStatementBookDocx() {
    }

    public static byte[] render(PositionStatementBook book) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            footer(doc, PositionStatementBookPdf.title(book));
            cover(doc, book);
            contents(doc);
            for (PositionStatementBook.Theme theme : book.themes()) {
                XWPFParagraph h = heading(doc, HEADING_1, theme.title());
                h.setPageBreak(true);
                themeRow(doc, theme.row());
                for (PositionStatement s : theme.statements()) statement(doc, s);
            }
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument doc, PositionStatementBook book) {
        text(doc, "Best Value self-assessment " + book.cycle().year(), 28, true);
        text(doc, "Position statements", 20, true);
        if (book.cycle().title() != null) text(doc, book.cycle().title(), 12, false);
        text(doc, "Framework: " + book.frameworkName(), 12, false);
        text(doc, book.asOf() == null ? "As it stands today" : "As it stood on " + InWords.date(book.asOf()), 12, false);
        text(doc, book.characteristics() + " characteristics in " + book.themes().size() + " themes. "
                + book.heatMap().summary().greenSentence() + ".", 12, false);
    }

    /** A TOC field over headings 1–2; Word updates it on opening (the document asks for its fields to be updated). */
    private static void contents(XWPFDocument doc) {
        XWPFParagraph title = doc.createParagraph();
        title.setPageBreak(true);
        XWPFRun r = title.createRun();
        r.setText("Contents");
        r.setBold(true);
        r.setFontSize(16);
        XWPFParagraph p = doc.createParagraph();
        CTSimpleField toc = p.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        toc.addNewR().addNewT().setStringValue("The contents are filled in when the document is opened in Word"
                + " (or right-click here and choose Update field).");
    }

    private static void themeRow(XWPFDocument doc, HeatMap.ThemeRow row) {
        HeatMap.Breakdown b = row.breakdown();
        text(doc, b.green() + " of " + b.characteristics() + " (" + b.greenPercent() + "%) green"
                + (row.thematicConcern() ? "; a thematic concern (mostly yellow, amber or red)" : "") + ".", 11, false);
        XWPFTable t = table(doc, "Code", "Characteristic", "Score");
        for (HeatMap.Cell c : row.cells()) {
            row(t, c.code(), c.title(), c.crossReference() ? "See " + c.crossReferenceTo()
                    : c.colour() == null ? "Not scored" : c.colour().label);
            if (c.colour() != null) t.getRow(t.getNumberOfRows() - 1).getCell(2).setColor(c.colour().fill.substring(1));
        }
    }

    private static void statement(XWPFDocument doc, PositionStatement s) {
        XWPFParagraph h = heading(doc, HEADING_2, s.code() + " " + s.title());
        h.setPageBreak(true);
        heading(doc, HEADING_3, "Guidance");
        text(doc, s.guidance() == null ? "No guidance text in the framework." : s.guidance(), 11, false);
        if (s.crossReference()) {
            text(doc, "This characteristic is assessed under " + s.crossReferenceTo() + "; see its position statement.", 11, false);
            return;
        }
        heading(doc, HEADING_3, "Score");
        String colour = s.colour() == null ? "Not scored" : s.colour().label;
        text(doc, colour + (s.scoreStatus() == null ? "" : " (" + InWords.lower(s.scoreStatus()) + ")")
                + (s.scoredAt() == null ? "" : ", " + InWords.date(s.scoredAt())), 11, true);
        if (s.rationale() != null) text(doc, "Rationale: " + s.rationale(), 11, false);

        heading(doc, HEADING_3, "Narrative");
        if (s.narrative() == null) {
            text(doc, "No narrative had been drafted.", 11, false);
        } else {
            text(doc, "Revision " + s.revision() + (s.status() == null ? "" : ", " + InWords.lower(s.status()))
                    + (s.revisedAt() == null ? "" : ", " + InWords.date(s.revisedAt())), 9, false);
            for (String para : s.narrative().split("\\R\\s*\\R")) text(doc, para.strip(), 11, false);
        }

        heading(doc, HEADING_3, "Evidence");
        if (s.evidence().isEmpty()) {
            text(doc, "No evidence is linked.", 11, false);
            return;
        }
        XWPFTable t = table(doc, "Title", "Kind", "Reference", "Date", "Link");
        for (PositionStatement.Evidence e : s.evidence()) {
            row(t, e.title(), e.kind() == null ? "" : InWords.capitalised(e.kind()), e.reference(),
                    e.date() == null ? "" : InWords.date(e.date()), "");
            if (e.link() != null) {
                XWPFParagraph cell = t.getRow(t.getNumberOfRows() - 1).getCell(4).getParagraphs().get(0);
                var link = cell.createHyperlinkRun(e.link());
                link.setText(e.link());
                link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                link.setColor("1D70B8");
            }
        }
    }

    private static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable t = doc.createTable(1, headers.length);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun r = head.getCell(i).getParagraphs().get(0).createRun();
            r.setText(headers[i]);
            r.setBold(true);
        }
        return t;
    }

    private static void row(XWPFTable t, String... cells) {
        XWPFTableRow row = t.createRow();
        for (int i = 0; i < cells.length; i++) row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
    }

    /** "Page 3 of 96": PAGE and NUMPAGES fields in the default footer. */
    private static void footer(XWPFDocument doc, String title) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(title + " — page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" of ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    /** Heading 1–3 with their outline levels, which Word's contents field and navigation pane read. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        heading(styles, HEADING_1, "heading 1", 0, 32);
        heading(styles, HEADING_2, "heading 2", 1, 26);
        heading(styles, HEADING_3, "heading 3", 2, 22);
    }

    private static void heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        ppr.addNewKeepNext();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        var rpr = style.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    }
}
