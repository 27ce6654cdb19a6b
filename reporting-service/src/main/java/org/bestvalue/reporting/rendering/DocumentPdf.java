package org.bestvalue.reporting.rendering;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.bestvalue.reporting.heatmap.Colour;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the committee documents (the position statement book, a theme pack, the progress report) share as PDFs made
 * with OpenPDF: the fonts, a footer reading "Title — page 3 of 96" on every page, colour swatches that always carry the
 * colour's name in words, and the two passes that give the contents its page numbers (the first pass records on which
 * page each tagged heading fell, the second prints the contents with them; the contents take the same space in both).
 */
final class DocumentPdf {
    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);
    static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    static final Font H3 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    static final Font LINK = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.UNDERLINE, new Color(29, 112, 184));

    private DocumentPdf() {
    }

    /**
     * Renders a document twice with the same body: the first time to learn the page of every tagged heading
     * ({@link #tagged}), the second with {@code pages} filled in for the contents.
     *
     * @param body writes the document; it receives the document and the pages of the first pass (empty in the first)
     */
    static byte[] twoPasses(String footerTitle, Rectangle size, BiConsumer<Document, Map<String, Integer>> body) {
        Map<String, Integer> pages = new HashMap<>();
        render(footerTitle, size, body, Map.of(), pages);
        return render(footerTitle, size, body, pages, new HashMap<>());
    }

    static byte[] onePass(String footerTitle, Rectangle size, java.util.function.Consumer<Document> body) {
        return render(footerTitle, size, (doc, pages) -> body.accept(doc), Map.of(), new HashMap<>());
    }

    private static byte[] render(String footerTitle, Rectangle size, BiConsumer<Document, Map<String, Integer>> body,
                                 Map<String, Integer> known, Map<String, Integer> record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer(footerTitle, record));
        doc.addTitle(footerTitle);
        // The same content gives the same bytes (so the ETag holds): no creation date, a file id from the title.
        writer.getInfo().remove(com.lowagie.text.pdf.PdfName.CREATIONDATE);
        writer.getInfo().remove(com.lowagie.text.pdf.PdfName.MODDATE);
        com.lowagie.text.pdf.PdfString id = new com.lowagie.text.pdf.PdfString(
                java.util.UUID.nameUUIDFromBytes(footerTitle.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
                        .replace("-", "").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        id.setHexWriting(true);
        com.lowagie.text.pdf.PdfArray fileId = new com.lowagie.text.pdf.PdfArray();
        fileId.add(id);
        fileId.add(id);
        writer.getInfo().put(com.lowagie.text.pdf.PdfName.FILEID, fileId);
        doc.open();
        body.accept(doc, known);
        doc.close();
        return out.toByteArray();
    }

    /** A heading's chunk whose page the first pass records under {@code key}. */
    static Chunk tagged(String text, Font font, String key) {
        Chunk c = new Chunk(text, font);
        c.setGenericTag(key);
        return c;
    }

    /** "Light green" on a light-green square: the colour is never the only signal. */
    static PdfPCell swatch(Colour colour, String words, Font font) {
        String label = colour == null ? words : colour.label + (words == null || words.isBlank() ? "" : " " + words);
        Font ink = colour == null ? font : FontFactory.getFont(font.getFamilyname(), font.getSize(), font.getStyle(),
                Color.decode(colour.ink));
        PdfPCell cell = new PdfPCell(new Phrase(label, ink));
        if (colour != null) cell.setBackgroundColor(Color.decode(colour.fill));
        cell.setPadding(4);
        return cell;
    }

    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = headed(SMALL_BOLD, headers);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        if (widths != null) t.setWidths(widths);
        return t;
    }

    /** A full-width table whose first row, repeated on every page, names the columns on grey. */
    static PdfPTable headed(Font font, String... headers) {
        PdfPTable t = new PdfPTable(headers.length);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, font));
            c.setBackgroundColor(new Color(230, 230, 230));
            c.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.addCell(c);
        }
        return t;
    }

    static PdfPCell cell(String text) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, SMALL));
        c.setPadding(3);
        return c;
    }

    /** The footer on every page, and the recorder of the tagged headings' pages. */
    private static final class Footer extends PdfPageEventHelper {
        private final String title;
        private final Map<String, Integer> record;
        private PdfTemplate total;
        private BaseFont font;

        Footer(String title, Map<String, Integer> record) {
            this.title = title;
            this.record = record;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = BODY.getCalculatedBaseFont(false);
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            record.putIfAbsent(text, writer.getPageNumber());
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 30;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(title, SMALL), document.left(), y, 0);
            String page = "Page " + writer.getPageNumber() + " of ";
            float width = font.getWidthPoint(page, 8);
            float x = document.right() - width - 20;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
