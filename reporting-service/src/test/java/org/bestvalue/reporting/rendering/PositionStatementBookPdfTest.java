package org.bestvalue.reporting.rendering;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.positionstatement.EvidenceEntry;
import org.bestvalue.reporting.positionstatement.NarrativeEntry;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;
import org.bestvalue.reporting.positionstatement.PositionStatements;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The book's renderers on a synthetic 73-characteristic cycle, without Quarkus: same content, same bytes; the time it takes. */
class PositionStatementBookPdfTest {
    static final Instant T = Instant.parse("2024-04-10T09:00:00Z");

    static PositionStatementBook book() {
        List<FrameworkVersion.Theme> themes = new ArrayList<>();
        List<FrameworkVersion.Characteristic> chars = new ArrayList<>();
        List<NarrativeEntry> narratives = new ArrayList<>();
        List<EvidenceEntry> evidence = new ArrayList<>();
        String[] codes = {"CI", "L", "G", "C", "R", "SD", "PCE"};
        int[] sizes = {11, 11, 10, 11, 11, 10, 9};
        int order = 0;
        for (int t = 0; t < codes.length; t++) {
            themes.add(new FrameworkVersion.Theme(codes[t], "Theme " + codes[t], t));
            for (int i = 1; i <= sizes[t]; i++) {
                String code = codes[t] + String.format("%03d", i);
                chars.add(new FrameworkVersion.Characteristic(code, codes[t], "Characteristic " + code,
                        "What good looks like for " + code, order++, null));
                narratives.add(new NarrativeEntry("n-" + code, code, "NarrativeDrafted", 1,
                        ("A paragraph of the narrative for " + code + " that runs to some length. ").repeat(12)
                                + "\n\n" + "A second paragraph of evidence-led argument. ".repeat(15), null, null, "author-1", T,
                        "n-" + code, 1));
                for (int e = 1; e <= 3; e++) {
                    narratives.add(new NarrativeEntry("n-" + code, code, "EvidenceAttached", null, null, "e-" + code + e, null,
                            "author-1", T, "n-" + code, 1 + e));
                    evidence.add(new EvidenceEntry("e-" + code + e, 1, "Evidence " + e + " for " + code, "DOCUMENT", code + "-" + e,
                            "https://intranet.example.org/" + code + "/" + e, LocalDate.of(2024, 3, 1), T, 1));
                }
            }
        }
        FrameworkVersion f = new FrameworkVersion("fv", "Statutory guidance", "2024", null, themes, chars, List.of());
        Cycle c = new Cycle("c", "demo-borough", 2024, "Self-assessment 2024", "fv", null, T, null, null, null, null);
        return PositionStatements.book(c, f, List.of(), narratives, evidence, null);
    }

    @Test
    void theBookRendersTheSameBytesTwiceWithABookmarkPerCharacteristicAndSaysHowLongItTook() throws Exception {
        PositionStatementBook book = book();
        PositionStatementBookPdf.render(book);
        PositionStatementBookDocx.render(book);
        long started = System.nanoTime();
        byte[] pdf = PositionStatementBookPdf.render(book);
        long pdfMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] docx = PositionStatementBookDocx.render(book);
        long docxMillis = (System.nanoTime() - started) / 1_000_000;
        PdfReader reader = new PdfReader(pdf);
        try {
            int kids = 0;
            for (var theme : SimpleBookmark.getBookmarkList(reader)) kids += ((List<?>) theme.get("Kids")).size();
            assertThat(kids).isEqualTo(73);
            System.out.printf("BENCHMARK position-statement-book render (73 characteristics): PDF %d pages in %d ms, DOCX %d bytes in %d ms%n",
                    reader.getNumberOfPages(), pdfMillis, docx.length, docxMillis);
        } finally {
            reader.close();
        }
        assertThat(PositionStatementBookPdf.render(book)).isEqualTo(pdf);
    }
}
