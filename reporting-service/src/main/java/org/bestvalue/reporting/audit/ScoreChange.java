package org.bestvalue.reporting.audit;

import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a characteristic's score in a cycle, as its history lists it: who, when, old → new colour,
 * why, and the request that caused it. {@code seq} is its place in the order the changes happened, from 1.
 */
public record ScoreChange(int seq, UUID eventId, String type, Instant at, String actor, String correlationId,
                          String roundId, Colour from, Colour to, CellStatus status, String decision, String reason,
                          org.bestvalue.eventkit.people.Person actorPerson) {

    public static ScoreChange of(int seq, ScoreEntry e, String correlationId) {
        return new ScoreChange(seq, e.eventId(), e.eventType(), e.at(), e.actor(), correlationId, e.roundId(),
                e.previousColour(), e.colour(), e.status(), e.decision(), e.reason(),
                org.bestvalue.eventkit.people.Person.unresolved(e.actor()));
    }

    /** The same change, with the name and job title of who made it. */
    public ScoreChange by(org.bestvalue.eventkit.people.Person person) {
        return new ScoreChange(seq, eventId, type, at, actor, correlationId, roundId, from, to, status, decision, reason, person);
    }
}
