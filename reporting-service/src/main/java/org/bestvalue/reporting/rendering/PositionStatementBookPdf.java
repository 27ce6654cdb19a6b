package org.bestvalue.reporting.rendering;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.positionstatement.PositionStatement;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;

import java.util.Map;

/**
 * The position statement book as a PDF (OpenPDF): a cover, the contents with page numbers, then a chapter per theme
 * (its heat-map row) and a section per characteristic (guidance, score and rationale, narrative, evidence), each
 * characteristic on a new page. Every theme and characteristic is a bookmark; every page has its number in the footer.
 */
public final class PositionStatementBookPdf {
    private PositionStatementBookPdf() {
    }

    public static byte[] render(PositionStatementBook book) {
        return DocumentPdf.twoPasses(title(book), PageSize.A4, (doc, pages) -> {
            cover(doc, book, "Position statements");
            contents(doc, book, pages);
            for (PositionStatementBook.Theme theme : book.themes()) {
                Chapter chapter = themeChapter(theme);
                for (PositionStatement s : theme.statements()) statement(chapter, s);
                doc.add(chapter);
            }
        });
    }

    static String title(PositionStatementBook book) {
        return "Best Value self-assessment " + book.cycle().year() + " — position statements"
                + (book.asOf() == null ? "" : " as of " + InWords.date(book.asOf()));
    }

    static void cover(Document doc, PositionStatementBook book, String what) {
        Paragraph spacer = new Paragraph(" ");
        spacer.setSpacingBefore(120);
        doc.add(spacer);
        doc.add(new Paragraph("Best Value self-assessment " + book.cycle().year(), DocumentPdf.TITLE));
        doc.add(new Paragraph(what, DocumentPdf.H1));
        doc.add(Chunk.NEWLINE);
        if (book.cycle().title() != null) doc.add(new Paragraph(book.cycle().title(), DocumentPdf.BODY));
        doc.add(new Paragraph("Framework: " + book.frameworkName(), DocumentPdf.BODY));
        doc.add(new Paragraph(book.asOf() == null ? "As it stands today" : "As it stood on " + InWords.date(book.asOf()),
                DocumentPdf.BODY));
        doc.add(new Paragraph(book.characteristics() + " characteristics in " + book.themes().size() + " themes. "
                + book.heatMap().summary().greenSentence() + ".", DocumentPdf.BODY));
        doc.newPage();
    }

    private static void contents(Document doc, PositionStatementBook book, Map<String, Integer> pages) {
        doc.add(new Paragraph("Contents", DocumentPdf.H1));
        PdfPTable t = new PdfPTable(new float[]{1.2f, 8f, 1f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        for (PositionStatementBook.Theme theme : book.themes()) {
            contentsRow(t, "", theme.title(), pages.get(themeKey(theme.code())), true);
            for (PositionStatement s : theme.statements()) {
                contentsRow(t, s.code(), s.title(), pages.get(statementKey(s.code())), false);
            }
        }
        doc.add(t);
        doc.newPage();
    }

    private static void contentsRow(PdfPTable t, String code, String title, Integer page, boolean theme) {
        var font = theme ? DocumentPdf.SMALL_BOLD : DocumentPdf.SMALL;
        String[] texts = {code, title, page == null ? "" : String.valueOf(page)};
        for (int i = 0; i < texts.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(texts[i], font));
            c.setBorder(0);
            c.setPaddingTop(theme ? 5 : 1);
            if (i == 2) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(c);
        }
    }

    static String themeKey(String code) {
        return "theme:" + code;
    }

    static String statementKey(String code) {
        return "characteristic:" + code;
    }

    /** The theme's chapter: its title, its characteristics' colours in words and its breakdown. */
    static Chapter themeChapter(PositionStatementBook.Theme theme) {
        Paragraph title = new Paragraph(DocumentPdf.tagged(theme.title(), DocumentPdf.H1, themeKey(theme.code())));
        Chapter chapter = new Chapter(title, 0);
        chapter.setNumberDepth(0);
        chapter.setBookmarkTitle(theme.title());
        chapter.setBookmarkOpen(false);
        chapter.add(themeRow(theme.row()));
        return chapter;
    }

    static Element themeRow(HeatMap.ThemeRow row) {
        Paragraph p = new Paragraph();
        HeatMap.Breakdown b = row.breakdown();
        p.add(new Paragraph(b.green() + " of " + b.characteristics() + " (" + b.greenPercent() + "%) green"
                + (row.thematicConcern() ? "; a thematic concern (mostly yellow, amber or red)" : "") + ".", DocumentPdf.BODY));
        PdfPTable t = DocumentPdf.table(new float[]{1.2f, 6f, 2.2f}, "Code", "Characteristic", "Score");
        for (HeatMap.Cell c : row.cells()) {
            t.addCell(DocumentPdf.cell(c.code()));
            t.addCell(DocumentPdf.cell(c.title()));
            t.addCell(c.crossReference() ? DocumentPdf.cell("See " + c.crossReferenceTo())
                    : DocumentPdf.swatch(c.colour(), c.colour() == null ? "Not scored" : "", DocumentPdf.SMALL));
        }
        p.add(t);
        return p;
    }

    /** One characteristic's position statement, as a section of its theme's chapter, on a new page. */
    static void statement(Section parent, PositionStatement s) {
        Paragraph heading = new Paragraph(DocumentPdf.tagged(s.code() + " " + s.title(), DocumentPdf.H2, statementKey(s.code())));
        Section section = parent.addSection(heading);
        section.setNumberDepth(0);
        section.setBookmarkTitle(s.code() + " " + s.title());
        section.setTriggerNewPage(true);

        section.add(new Paragraph("Guidance", DocumentPdf.H3));
        section.add(new Paragraph(s.guidance() == null ? "No guidance text in the framework." : s.guidance(), DocumentPdf.BODY));

        if (s.crossReference()) {
            section.add(new Paragraph("This characteristic is assessed under " + s.crossReferenceTo()
                    + "; see its position statement.", DocumentPdf.BODY));
            return;
        }
        Paragraph score = new Paragraph("Score", DocumentPdf.H3);
        score.setSpacingBefore(8);
        section.add(score);
        PdfPTable t = new PdfPTable(new float[]{2.2f, 7.8f});
        t.setWidthPercentage(100);
        t.addCell(DocumentPdf.swatch(s.colour(), s.colour() == null ? "Not scored" : "", DocumentPdf.BODY));
        String status = s.scoreStatus() == null ? "" : InWords.capitalised(s.scoreStatus()) + ". ";
        String rationale = s.rationale() == null ? "" : "Rationale: " + s.rationale();
        String when = s.scoredAt() == null ? "" : " (" + InWords.date(s.scoredAt()) + ")";
        PdfPCell why = new PdfPCell(new Phrase(status + rationale + when, DocumentPdf.BODY));
        why.setPadding(4);
        t.addCell(why);
        section.add(t);

        Paragraph narrative = new Paragraph("Narrative", DocumentPdf.H3);
        narrative.setSpacingBefore(8);
        section.add(narrative);
        if (s.narrative() == null) {
            section.add(new Paragraph("No narrative had been drafted.", DocumentPdf.BODY));
        } else {
            section.add(new Paragraph("Revision " + s.revision() + (s.status() == null ? "" : ", " + InWords.lower(s.status()))
                    + (s.revisedAt() == null ? "" : ", " + InWords.date(s.revisedAt())), DocumentPdf.SMALL));
            for (String para : s.narrative().split("\\R\\s*\\R")) {
                Paragraph p = new Paragraph(para.strip(), DocumentPdf.BODY);
                p.setSpacingBefore(4);
                section.add(p);
            }
        }

        Paragraph evidence = new Paragraph("Evidence", DocumentPdf.H3);
        evidence.setSpacingBefore(8);
        section.add(evidence);
        if (s.evidence().isEmpty()) {
            section.add(new Paragraph("No evidence is linked.", DocumentPdf.BODY));
            return;
        }
        PdfPTable e = DocumentPdf.table(new float[]{4f, 1.6f, 2f, 1.8f, 3f}, "Title", "Kind", "Reference", "Date", "Link");
        for (PositionStatement.Evidence item : s.evidence()) {
            e.addCell(DocumentPdf.cell(item.title()));
            e.addCell(DocumentPdf.cell(item.kind() == null ? "" : InWords.capitalised(item.kind())));
            e.addCell(DocumentPdf.cell(item.reference()));
            e.addCell(DocumentPdf.cell(item.date() == null ? "" : InWords.date(item.date())));
            if (item.link() == null) {
                e.addCell(DocumentPdf.cell(""));
            } else {
                Anchor a = new Anchor(item.link(), DocumentPdf.LINK);
                a.setReference(item.link());
                PdfPCell link = new PdfPCell(new Phrase(a));
                link.setPadding(3);
                e.addCell(link);
            }
        }
        section.add(e);
    }
}
