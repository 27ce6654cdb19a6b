package org.bestvalue.reporting.rendering;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.application.Reports;
import org.bestvalue.reporting.yearonyear.Movement;
import org.bestvalue.reporting.yearonyear.YearOnYear;
import org.bestvalue.eventkit.text.InWords;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * The committee pack as a PDF (OpenPDF): the heat-map, its summary, the year-on-year comparison and the
 * action plan, each section starting on a new landscape page. Cells are labelled with code and colour
 * name so the pack reads in black and white. It goes to committee and to residents, so it reads as the council
 * writes: colours and statuses in words ("Light green", "In progress"), dates the UK way ("10 June 2024").
 */
public final class CommitteePackPdf {
    private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);

    private CommitteePackPdf() {
    }

    public static byte[] render(Reports.CommitteePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Best Value self-assessment " + pack.cycle().year() + " — committee pack");
        doc.open();
        heatMap(doc, pack.heatMap());
        doc.newPage();
        summary(doc, pack.heatMap());
        doc.newPage();
        yearOnYear(doc, pack.yearOnYear());
        doc.newPage();
        actionPlan(doc, pack.actionPlan());
        doc.close();
        return out.toByteArray();
    }

    private static void heatMap(Document doc, HeatMap map) {
        doc.add(new Paragraph("Best Value self-assessment " + map.year() + ": heat-map"
                + (map.asOf() == null ? "" : " as of " + InWords.date(map.asOf())), H1));
        doc.add(new Paragraph(map.summary().greenSentence(), BODY));
        doc.add(Chunk.NEWLINE);
        int columns = map.themes().stream().mapToInt(t -> t.cells().size()).max().orElse(1);
        PdfPTable table = new PdfPTable(columns + 1);
        table.setWidthPercentage(100);
        float[] widths = new float[columns + 1];
        widths[0] = 3f;
        for (int i = 1; i <= columns; i++) widths[i] = 1.2f;
        table.setWidths(widths);
        for (HeatMap.ThemeRow row : map.themes()) {
            table.addCell(new PdfPCell(new Phrase(row.title() + (row.thematicConcern() ? " (concern)" : ""), SMALL_BOLD)));
            for (int i = 0; i < columns; i++) {
                if (i >= row.cells().size()) {
                    PdfPCell empty = new PdfPCell(new Phrase(""));
                    empty.setBorder(0);
                    table.addCell(empty);
                    continue;
                }
                HeatMap.Cell c = row.cells().get(i);
                String second = c.crossReference() ? "see " + c.crossReferenceTo() : c.colour() == null ? "not scored" : c.colour().label;
                Font ink = FontFactory.getFont(FontFactory.HELVETICA, 7, c.colour() == null ? Color.BLACK : Color.decode(c.colour().ink));
                PdfPCell cell = new PdfPCell(new Phrase(c.code() + "\n" + second, ink));
                if (c.colour() != null) cell.setBackgroundColor(Color.decode(c.colour().fill));
                cell.setMinimumHeight(26);
                table.addCell(cell);
            }
        }
        doc.add(table);
    }

    private static void summary(Document doc, HeatMap map) {
        doc.add(new Paragraph("Summary", H1));
        for (String s : map.summary().sentences()) doc.add(new Paragraph(s, BODY));
        doc.add(Chunk.NEWLINE);
        PdfPTable t = table("Theme", "Characteristics", "Dark green", "Light green", "Yellow", "Amber", "Red", "Grey",
                "Not scored", "Green %", "Concern");
        for (HeatMap.ThemeRow row : map.themes()) breakdown(t, row.title(), row.breakdown(), row.thematicConcern());
        breakdown(t, "All themes", map.summary().totals(), !map.summary().thematicConcerns().isEmpty());
        doc.add(t);
    }

    private static void breakdown(PdfPTable t, String name, HeatMap.Breakdown b, boolean concern) {
        t.addCell(new Phrase(name, SMALL));
        t.addCell(new Phrase(String.valueOf(b.characteristics()), SMALL));
        for (Colour c : Colour.values()) t.addCell(new Phrase(b.counts().get(c) + " (" + b.percentages().get(c) + "%)", SMALL));
        t.addCell(new Phrase(String.valueOf(b.unscored()), SMALL));
        t.addCell(new Phrase(b.greenPercent() + "%", SMALL));
        t.addCell(new Phrase(concern ? "yes" : "no", SMALL));
    }

    private static void yearOnYear(Document doc, YearOnYear yoy) {
        if (yoy == null) {
            doc.add(new Paragraph("Year on year", H1));
            doc.add(new Paragraph("There is no earlier cycle to compare with.", BODY));
            return;
        }
        doc.add(new Paragraph("Year on year: " + yoy.previous().year() + " to " + yoy.current().year(), H1));
        for (String n : yoy.notes()) doc.add(new Paragraph(n, SMALL));
        doc.add(Chunk.NEWLINE);
        PdfPTable totals = table("Theme", "Improved", "Declined", "Unchanged", "New", "Removed", "Not comparable");
        for (YearOnYear.ThemeTotals t : yoy.themes()) movementRow(totals, t.title(), t.totals());
        movementRow(totals, "All themes", yoy.totals());
        doc.add(totals);
        doc.add(Chunk.NEWLINE);
        doc.add(new Paragraph("Characteristics that moved", H2));
        PdfPTable lines = table("Code", "Was", "Change", yoy.previous().year() + "", yoy.current().year() + "", "Movement");
        for (YearOnYear.Line l : yoy.lines()) {
            if (l.movement() == Movement.UNCHANGED) continue;
            lines.addCell(new Phrase(l.code() == null ? "" : l.code(), SMALL));
            lines.addCell(new Phrase(String.join(", ", l.previousCodes()), SMALL));
            lines.addCell(new Phrase(l.change() == null ? "" : l.change(), SMALL));
            lines.addCell(new Phrase(l.previousColour() == null ? "" : l.previousColour().label, SMALL));
            lines.addCell(new Phrase(l.currentColour() == null ? "" : l.currentColour().label, SMALL));
            lines.addCell(new Phrase(InWords.capitalised(l.movement()), SMALL));
        }
        doc.add(lines);
    }

    private static void movementRow(PdfPTable t, String name, java.util.Map<Movement, Integer> m) {
        t.addCell(new Phrase(name, SMALL));
        for (Movement mv : Movement.values()) t.addCell(new Phrase(String.valueOf(m.get(mv)), SMALL));
    }

    private static void actionPlan(Document doc, ActionPlan plan) {
        doc.add(new Paragraph("Action plan " + plan.year(), H1));
        // "3 actions: 1 planned, 1 in progress, 1 completed. 1 overdue on 1 November 2024."
        java.util.List<String> byStatus = new java.util.ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) {
            Integer n = plan.statusCounts().get(s);
            if (n != null && n > 0) byStatus.add(n + " " + InWords.lower(s));
        }
        String counts = plan.actions() + (plan.actions() == 1 ? " action" : " actions")
                + (byStatus.isEmpty() ? "" : ": " + String.join(", ", byStatus)) + ". "
                + plan.overdue() + " overdue on " + InWords.date(plan.today()) + ".";
        doc.add(new Paragraph(counts, BODY));
        doc.add(Chunk.NEWLINE);
        PdfPTable t = table("Characteristic", "Opportunity for improvement", "Action", "Officers", "Service area",
                "Timeline", "Status", "Progress");
        t.setWidths(new float[]{1.2f, 3f, 3f, 1.5f, 1.5f, 1.2f, 1.2f, 2f});
        for (ActionPlan.Opportunity o : plan.opportunities()) {
            for (ActionPlan.Action a : o.actions().isEmpty() ? java.util.Collections.<ActionPlan.Action>singletonList(null) : o.actions()) {
                t.addCell(new Phrase(o.characteristicCode(), SMALL));
                t.addCell(new Phrase(o.gap() == null ? "" : o.gap(), SMALL));
                t.addCell(new Phrase(a == null || a.description() == null ? "" : a.description(), SMALL));
                t.addCell(new Phrase(a == null ? "" : a.officersByName(), SMALL));
                t.addCell(new Phrase(a == null || a.serviceArea() == null ? "" : a.serviceArea(), SMALL));
                t.addCell(new Phrase(a == null ? "" : timeline(a), SMALL));
                t.addCell(new Phrase(a == null ? "" : InWords.capitalised(a.status())
                        + (a.overdue() ? " (overdue)" : ""), SMALL));
                t.addCell(new Phrase(a == null ? "" : ProgressReportPdf.progress(a), SMALL));
            }
        }
        doc.add(t);
    }

    private static String timeline(ActionPlan.Action a) {
        if (a.start() != null || a.end() != null) return InWords.date(a.start()) + " – " + InWords.date(a.end());
        return a.indicativeTimeline() == null ? "" : a.indicativeTimeline();
    }

    private static PdfPTable table(String... headers) {
        return DocumentPdf.headed(SMALL_BOLD, headers);
    }
}
