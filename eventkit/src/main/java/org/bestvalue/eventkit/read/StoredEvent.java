package org.bestvalue.eventkit.read;

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
 * A stored event, for the read side (histories, audit): the {@code events} table every service's event
 * store keeps. Read only: appends go through {@link org.bestvalue.eventkit.store.EventStore} on the reactive
 * client, in the command's transaction, never through Hibernate.
 */
@Entity
@Immutable
@Table(name = "events")
public class StoredEvent extends PanacheEntityBase {
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
