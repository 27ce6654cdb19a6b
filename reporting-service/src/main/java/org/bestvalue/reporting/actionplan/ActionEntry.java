package org.bestvalue.reporting.actionplan;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Comparator;

/** One recorded opportunity or action event of a cycle. */
public record ActionEntry(String opportunityId, String actionId, String characteristicCode, String eventType,
                          String actor, Instant at, String streamId, long streamVersion, JsonNode data) {
    public static final Comparator<ActionEntry> CHRONOLOGICAL = Comparator.comparing(ActionEntry::at)
            .thenComparing(ActionEntry::streamId).thenComparingLong(ActionEntry::streamVersion);
}
