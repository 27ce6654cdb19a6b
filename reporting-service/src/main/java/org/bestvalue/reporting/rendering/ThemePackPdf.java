package org.bestvalue.reporting.rendering;

import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.bestvalue.eventkit.text.InWords;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.positionstatement.PositionStatement;
import org.bestvalue.reporting.themepack.ThemePack;

/**
 * A theme's pack for the LGA Corporate Peer Challenge as a PDF: the theme's heat-map row, each characteristic's
 * narrative, score and evidence (as in the position statement book, a bookmark each), then the theme's actions.
 */
public final class ThemePackPdf {
    private ThemePackPdf() {
    }

    public static byte[] render(ThemePack pack) {
        var book = pack.book();
        String title = "Best Value self-assessment " + book.cycle().year() + " — " + pack.theme().title() + " theme pack"
                + (book.asOf() == null ? "" : " as of " + InWords.date(book.asOf()));
        return DocumentPdf.onePass(title, PageSize.A4, doc -> {
            doc.add(new Paragraph("Best Value self-assessment " + book.cycle().year(), DocumentPdf.H2));
            doc.add(new Paragraph(pack.theme().title() + ": theme pack for the peer challenge", DocumentPdf.TITLE));
            doc.add(new Paragraph(book.asOf() == null ? "As it stands today" : "As it stood on " + InWords.date(book.asOf()),
                    DocumentPdf.BODY));
            doc.add(Chunk.NEWLINE);
            Chapter heatMap = new Chapter(new Paragraph("Heat-map", DocumentPdf.H1), 0);
            heatMap.setNumberDepth(0);
            heatMap.setTriggerNewPage(false);
            heatMap.add(PositionStatementBookPdf.themeRow(pack.theme().row()));
            doc.add(heatMap);

            Chapter statements = new Chapter(new Paragraph("Position statements", DocumentPdf.H1), 0);
            statements.setNumberDepth(0);
            for (PositionStatement s : pack.theme().statements()) PositionStatementBookPdf.statement(statements, s);
            doc.add(statements);

            Chapter actions = new Chapter(new Paragraph("Actions", DocumentPdf.H1), 0);
            actions.setNumberDepth(0);
            actions.add(actions(pack));
            doc.add(actions);
        });
    }

    private static com.lowagie.text.Element actions(ThemePack pack) {
        if (pack.actions().isEmpty()) {
            return new Paragraph("No opportunity for improvement has been raised under this theme.", DocumentPdf.BODY);
        }
        var t = DocumentPdf.table(new float[]{1.2f, 3f, 3f, 2f, 1.6f, 1.4f, 2.4f}, "Code", "Opportunity for improvement",
                "Action", "Officers", "Due", "Status", "Progress");
        for (ActionPlan.Opportunity o : pack.actions()) {
            if (o.actions().isEmpty()) {
                t.addCell(DocumentPdf.cell(o.characteristicCode()));
                t.addCell(DocumentPdf.cell(o.gap()));
                for (int i = 0; i < 5; i++) t.addCell(DocumentPdf.cell(i == 0 ? "No action planned yet" : ""));
                continue;
            }
            for (ActionPlan.Action a : o.actions()) {
                t.addCell(DocumentPdf.cell(o.characteristicCode()));
                t.addCell(DocumentPdf.cell(o.gap()));
                t.addCell(DocumentPdf.cell(a.description()));
                t.addCell(DocumentPdf.cell(a.officersByName()));
                t.addCell(DocumentPdf.cell(a.dueBy() == null ? a.indicativeTimeline() : InWords.date(a.dueBy())));
                t.addCell(DocumentPdf.cell(InWords.capitalised(a.status()) + (a.overdue() ? " (overdue)" : "")));
                t.addCell(DocumentPdf.cell(ProgressReportPdf.progress(a)));
            }
        }
        return t;
    }
}
