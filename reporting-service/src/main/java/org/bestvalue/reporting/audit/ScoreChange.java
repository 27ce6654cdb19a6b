package org.bestvalue.reporting.audit;

import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every change to one characteristic's score in a cycle, in the order it happened: who, when, old → new, why. */
public record AuditTrail(String cycleId, String characteristicCode, String characteristicTitle, List<Change> changes) {

    public record Change(int seq, UUID eventId, Instant at, String actor, String event, String roundId,
                         Colour from, Colour to, CellStatus status, String decision, String reason) {
    }

    public static AuditTrail of(String cycleId, String code, String title, Collection<ScoreEntry> history) {
        List<ScoreEntry> ordered = history.stream().filter(e -> e.characteristicCode().equals(code))
                .sorted(ScoreEntry.CHRONOLOGICAL).toList();
        java.util.ArrayList<Change> changes = new java.util.ArrayList<>();
        for (ScoreEntry e : ordered) {
            changes.add(new Change(changes.size() + 1, e.eventId(), e.at(), e.actor(), e.eventType(), e.roundId(),
                    e.previousColour(), e.colour(), e.status(), e.decision(), e.reason()));
        }
        return new AuditTrail(cycleId, code, title, changes);
    }
}
