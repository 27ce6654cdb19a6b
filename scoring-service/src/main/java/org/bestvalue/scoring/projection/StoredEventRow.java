package org.bestvalue.scoring.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored event, read for a score's history. Read only: the event store appends through the reactive
 * client (EventStore), never through Hibernate.
 */
@Entity
@Immutable
@Table(name = "events")
public class StoredEventRow extends PanacheEntityBase {
    @Id
    public long position;
    public UUID eventId;
    public String councilId;
    public String streamType;
    public String streamId;
    public long streamVersion;
    public String eventType;
    public int schemaVersion;
    public Instant occurredAt;
    public String actor;
    public String correlationId;
    public String causationId;
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;
}
