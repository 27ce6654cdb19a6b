package org.bestvalue.reporting.rendering;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.progressreport.ProgressReport;

/**
 * The committee's progress report on the action plan as a PDF: where each theme's actions stand (done, in progress,
 * overdue, not started, deferred, cancelled), what changed since the previous report, the overdue actions, and the
 * heat-map as it stands with every colour in words.
 */
public final class ProgressReportPdf {
    private ProgressReportPdf() {
    }

    public static byte[] render(ProgressReport r) {
        String title = "Best Value action plan " + r.cycle().year() + " — progress report as of " + InWords.date(r.asOf());
        return DocumentPdf.onePass(title, PageSize.A4.rotate(), doc -> {
            doc.add(new Paragraph("Best Value self-assessment " + r.cycle().year(), DocumentPdf.H2));
            doc.add(new Paragraph("Action plan progress report as of " + InWords.date(r.asOf()), DocumentPdf.TITLE));
            doc.add(new Paragraph("Changes are those recorded since the previous report, on " + InWords.date(r.since()) + ".",
                    DocumentPdf.BODY));
            ProgressReport.ThemeProgress all = r.totals();
            doc.add(new Paragraph(all.actions() + (all.actions() == 1 ? " action: " : " actions: ") + all.done() + " done, "
                    + all.inProgress() + " in progress, " + all.overdue() + " overdue, " + all.notStarted() + " not started, "
                    + all.deferred() + " deferred, " + all.cancelled() + " cancelled.", DocumentPdf.BODY));
            doc.add(Chunk.NEWLINE);
            byTheme(doc, r);
            changes(doc, r);
            overdue(doc, r.plan());
            doc.newPage();
            heatMap(doc, r.heatMap());
        });
    }

    private static void byTheme(Document doc, ProgressReport r) {
        doc.add(new Paragraph("Progress by theme", DocumentPdf.H1));
        PdfPTable t = DocumentPdf.table(new float[]{4f, 1f, 1f, 1f, 1f, 1f, 1f, 1f}, "Theme", "Actions", "Done", "In progress",
                "Overdue", "Not started", "Deferred", "Cancelled");
        for (ProgressReport.ThemeProgress p : r.themes()) row(t, p);
        row(t, r.totals());
        doc.add(t);
    }

    private static void row(PdfPTable t, ProgressReport.ThemeProgress p) {
        t.addCell(DocumentPdf.cell(p.title()));
        for (int n : new int[]{p.actions(), p.done(), p.inProgress(), p.overdue(), p.notStarted(), p.deferred(), p.cancelled()}) {
            t.addCell(DocumentPdf.cell(String.valueOf(n)));
        }
    }

    private static void changes(Document doc, ProgressReport r) {
        doc.add(new Paragraph("What changed since " + InWords.date(r.since()), DocumentPdf.H1));
        if (r.changes().isEmpty()) {
            doc.add(new Paragraph("No action changed since the previous report.", DocumentPdf.BODY));
            return;
        }
        PdfPTable t = DocumentPdf.table(new float[]{1.2f, 4f, 5f, 1.6f}, "Code", "Action", "Change", "Now");
        for (ProgressReport.Change c : r.changes()) {
            t.addCell(DocumentPdf.cell(c.characteristicCode()));
            t.addCell(DocumentPdf.cell(c.description()));
            t.addCell(DocumentPdf.cell(String.join(". ", c.what())));
            t.addCell(DocumentPdf.cell(InWords.capitalised(c.nowStands())));
        }
        doc.add(t);
    }

    private static void overdue(Document doc, ActionPlan plan) {
        doc.add(new Paragraph("Overdue actions", DocumentPdf.H1));
        if (plan.overdueActions().isEmpty()) {
            doc.add(new Paragraph("No action is overdue.", DocumentPdf.BODY));
            return;
        }
        PdfPTable t = DocumentPdf.table(new float[]{1.2f, 4f, 3f, 1.6f, 1.4f, 3f}, "Code", "Action", "Officers", "Due",
                "Status", "Progress");
        for (ActionPlan.Action a : plan.overdueActions()) {
            t.addCell(DocumentPdf.cell(a.characteristicCode()));
            t.addCell(DocumentPdf.cell(a.description()));
            t.addCell(DocumentPdf.cell(a.officersByName()));
            t.addCell(DocumentPdf.cell(InWords.date(a.dueBy())));
            t.addCell(DocumentPdf.cell(InWords.capitalised(a.status())));
            t.addCell(DocumentPdf.cell(progress(a)));
        }
        doc.add(t);
    }

    private static void heatMap(Document doc, HeatMap map) {
        doc.add(new Paragraph("The heat-map as it stands", DocumentPdf.H1));
        doc.add(new Paragraph(map.summary().greenSentence() + ". " + String.join(". ",
                map.summary().sentences().subList(1, map.summary().sentences().size())) + ".", DocumentPdf.BODY));
        int columns = map.themes().stream().mapToInt(t -> t.cells().size()).max().orElse(1);
        float[] widths = new float[columns + 1];
        widths[0] = 3f;
        for (int i = 1; i <= columns; i++) widths[i] = 1.2f;
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        for (HeatMap.ThemeRow row : map.themes()) {
            t.addCell(DocumentPdf.cell(row.title() + (row.thematicConcern() ? " (concern)" : "")));
            for (int i = 0; i < columns; i++) {
                if (i >= row.cells().size()) {
                    var empty = DocumentPdf.cell("");
                    empty.setBorder(0);
                    t.addCell(empty);
                    continue;
                }
                HeatMap.Cell c = row.cells().get(i);
                t.addCell(c.crossReference() ? DocumentPdf.cell(c.code() + "\nsee " + c.crossReferenceTo()) : codeAndColour(c));
            }
        }
        doc.add(t);
    }

    private static com.lowagie.text.pdf.PdfPCell codeAndColour(HeatMap.Cell c) {
        if (c.colour() == null) return DocumentPdf.cell(c.code() + "\nnot scored");
        var cell = DocumentPdf.swatch(c.colour(), "", DocumentPdf.SMALL);
        cell.setPhrase(new com.lowagie.text.Phrase(c.code() + "\n" + c.colour().label,
                com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA, 7, java.awt.Color.decode(c.colour().ink))));
        return cell;
    }

    /** "40% (amber) Membership agreed, 19 August 2024". */
    static String progress(ActionPlan.Action a) {
        StringBuilder s = new StringBuilder();
        if (a.percent() != null) s.append(a.percent()).append("% ");
        if (a.rag() != null && !a.rag().isBlank()) s.append('(').append(InWords.lower(a.rag())).append(") ");
        if (a.latestProgress() != null) s.append(a.latestProgress());
        if (a.latestProgressOn() != null) s.append(s.isEmpty() ? "" : ", ").append(InWords.date(a.latestProgressOn()));
        return s.toString().strip();
    }
}
