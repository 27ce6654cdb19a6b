package org.bestvalue.reporting.projection;

import jakarta.persistence.MappedSuperclass;

/** A cycle event of a score or action stream, with its type and position in the stream. */
@MappedSuperclass
public abstract class StreamEventRow extends CycleEventRow {
    public String characteristicCode;
    public String eventType;
    public String streamId;
    public long streamVersion;
}
