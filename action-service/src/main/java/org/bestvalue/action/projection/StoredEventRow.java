package org.bestvalue.action.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bestvalue.eventkit.http.SortFields;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored event, read for an action's history. Read only: the event store appends through the reactive
 * client (EventStore), never through Hibernate.
 */
@Entity
@Immutable
@Table(name = "events")
public class StoredEventRow extends PanacheEntityBase {
    /** What a {@code …/history} sorts by; the version is unique in a stream. */
    public static final SortFields SORTS = SortFields.of("version", "streamVersion", "at", "occurredAt");
    public static final String DEFAULT_SORT = "-version";

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
