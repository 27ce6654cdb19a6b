package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of an item of the council's evidence library: what a position statement lists of it. */
@Entity
@Table(name = "evidence_history")
public class EvidenceHistoryRow extends GenerationRow {
    @Id
    public UUID eventId;
    public String councilId;
    public String evidenceId;
    public Integer revision;
    public String title;
    public String kind;
    public String reference;
    public String uri;
    public LocalDate dated;
    public String actor;
    public Instant at;
    public long streamVersion;
}
