package org.bestvalue.reporting.positionstatement;

import java.time.Instant;
import java.util.Comparator;

/** One recorded narrative event of a cycle: a revision's text, evidence attached or detached, a change of status. */
public record NarrativeEntry(String narrativeId, String characteristicCode, String eventType, Integer revision, String text,
                             String evidenceId, String status, String actor, Instant at, String streamId, long streamVersion) {
    public static final Comparator<NarrativeEntry> CHRONOLOGICAL = Comparator.comparing(NarrativeEntry::at)
            .thenComparing(NarrativeEntry::streamId).thenComparingLong(NarrativeEntry::streamVersion);
}
