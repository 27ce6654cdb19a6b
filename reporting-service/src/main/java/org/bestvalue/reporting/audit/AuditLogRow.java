package org.bestvalue.reporting.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bestvalue.reporting.projection.GenerationRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One event in the council's audit log, as {@code V20__audit_log.sql} creates it (read only). */
@Entity
@Table(name = "audit_log")
public class AuditLogRow extends GenerationRow {
    @Id
    public UUID eventId;
    public String councilId;
    public String eventType;
    public String streamType;
    public String streamId;
    public long streamVersion;
    public String actor;
    public Instant at;
    public String correlationId;
    public String cycleId;
    public String characteristicCode;
    public String themeCode;
    @Column(name = "action_id")
    public String actionId;
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;
}
