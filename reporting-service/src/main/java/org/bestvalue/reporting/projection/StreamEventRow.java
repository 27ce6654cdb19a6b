package org.bestvalue.reporting.projection;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A cycle event of a score or action stream, with its type and position in the stream. */
@MappedSuperclass
public abstract class StreamEventRow extends CycleEventRow {
    @Column(name = "characteristic_code")
    public String characteristicCode;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "stream_id")
    public String streamId;
    @Column(name = "stream_version")
    public long streamVersion;
}
