package org.bestvalue.reporting.benchmark;

import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMaps;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the benchmark counts of one council: its final colours — a cell of the heat-map whose latest score event is
 * {@code ScoreFinalised} (after moderation, and leadership review where the colour needed it) — in one cycle, its
 * latest on the framework version that has any. A score moderated but not yet final, or reopened, is not counted.
 */
public final class FinalColours {
    private FinalColours() {
    }

    /** A cycle and the colours it counts with. */
    public record Counted(Cycle cycle, Map<String, Colour> colours) {
    }

    /** The final colours of a cycle's score history as of an instant (null = now). */
    public static Map<String, Colour> of(Collection<ScoreEntry> history, Instant asOf) {
        Map<String, Colour> colours = new HashMap<>();
        HeatMaps.latestPerCharacteristic(history, asOf).forEach((code, e) -> {
            if (e.status() == CellStatus.FINAL && e.colour() != null) colours.put(code, e.colour());
        });
        return colours;
    }

    /**
     * The cycle one council is counted with: of its cycles on the version, the latest year (then the latest opened)
     * that has a final colour. Sharing councils see the colours as they are now; the public sees published cycles
     * only, each as of its published snapshot.
     *
     * @param history each cycle's score history by cycle id
     */
    public static Counted counted(List<Cycle> cycles, Function<String, Collection<ScoreEntry>> history, boolean publishedOnly) {
        return cycles.stream()
                .filter(c -> !publishedOnly || c.published())
                .sorted(Comparator.comparingInt(Cycle::year).thenComparing(Cycle::openedAt).reversed())
                .map(c -> new Counted(c, of(history.apply(c.cycleId()), publishedOnly ? c.publishedAsOf() : null)))
                .filter(c -> !c.colours().isEmpty())
                .findFirst().orElse(null);
    }
}
