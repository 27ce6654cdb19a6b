package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.reporting.projection.ReadModelWrite;

import java.time.ZoneOffset;

import static org.bestvalue.eventkit.EventData.text;

/**
 * The audit log's row for an event, of any type and any topic: who, when, in which cycle, characteristic, theme and
 * action, the request that caused it, and the event's data (from which the log words what changed when it is read).
 * Pure: the live consumers, the rebuild and the export recorder all use it, so a rebuild gives the same log.
 */
public final class AuditEntries {
    private AuditEntries() {
    }

    public static ReadModelWrite row(EventEnvelope e) {
        JsonNode d = e.data();
        String cycleId = text(d, "cycleId");
        String actionId = text(d, "actionId");
        if (actionId == null && "action".equals(e.streamType())) actionId = e.streamId();
        return ReadModelWrite.of(ReadModelWrite.Statement.AUDIT, e.eventId(), e.councilId(), e.type(), e.streamType(),
                e.streamId(), e.streamVersion(), e.actor(), e.occurredAt().atOffset(ZoneOffset.UTC), e.correlationId(),
                cycleId, text(d, "characteristicCode"), text(d, "themeCode"), actionId, d);
    }
}
