package org.bestvalue.reporting.rendering;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.positionstatement.EvidenceEntry;
import org.bestvalue.reporting.positionstatement.NarrativeEntry;
import org.bestvalue.reporting.positionstatement.PositionStatementBook;
import org.bestvalue.reporting.positionstatement.PositionStatements;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a two-page book once, as PDF and as Word, in the background when the service starts: loading the PDF fonts
 * and POI's XML schemas takes seconds the first time, and the first council to ask for its book should not wait for it.
 */
@ApplicationScoped
public class RenderingWarmUp {
    private static final Logger LOG = Logger.getLogger(RenderingWarmUp.class);

    void onStart(@Observes StartupEvent event) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            long started = System.nanoTime();
            try {
                PositionStatementBook book = sample();
                PositionStatementBookPdf.render(book);
                PositionStatementBookDocx.render(book);
                LOG.debugf("Renderers warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Warming the renderers up failed; the first document will take longer", e);
            }
        });
    }

    static PositionStatementBook sample() {
        Instant t = Instant.EPOCH;
        FrameworkVersion f = new FrameworkVersion("warm-up", "Warm-up", null, null, List.of(new FrameworkVersion.Theme("T", "Theme", 1)),
                List.of(new FrameworkVersion.Characteristic("T001", "T", "A characteristic", "Guidance", 1, null)), List.of());
        Cycle c = new Cycle("warm-up", "warm-up", 2000, "Warm-up", "warm-up", null, t, null, null, null, null);
        return PositionStatements.book(c, f, List.of(),
                List.of(new NarrativeEntry("n", "T001", "NarrativeDrafted", 1, "Text", null, null, "a", t, "n", 1),
                        new NarrativeEntry("n", "T001", "EvidenceAttached", null, null, "e", null, "a", t, "n", 2)),
                List.of(new EvidenceEntry("e", 1, "Evidence", "DOCUMENT", "R", "https://example.org", LocalDate.EPOCH, t, 1)), null);
    }
}
