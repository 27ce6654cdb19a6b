package org.bestvalue.reporting.heatmap;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** One recorded score event of a cycle: the unit of the heat-map's history and of the audit trail. */
public record ScoreEntry(UUID eventId, String roundId, String characteristicCode, String themeCode, String eventType,
                         CellStatus status, Colour colour, Colour previousColour, String reason, String decision,
                         String actor, Instant at, String streamId, long streamVersion) {

    /** The order in which the score events happened: their time, then their position in the stream. */
    public static final Comparator<ScoreEntry> CHRONOLOGICAL = Comparator.comparing(ScoreEntry::at)
            .thenComparing(ScoreEntry::streamId).thenComparingLong(ScoreEntry::streamVersion);
}
