package org.bestvalue.assessment.projection;

import org.bestvalue.eventkit.read.Pages;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One narrative an evidence item is attached to (read side of narrative_evidence; AssessmentProjection writes it). */
@Entity
@Table(name = "narrative_evidence")
@IdClass(NarrativeEvidenceRow.Key.class)
public class NarrativeEvidenceRow extends PanacheEntityBase {
    @Id
    public UUID narrativeId;
    @Id
    public UUID evidenceId;
    public String councilId;
    public UUID cycleId;
    public String characteristicCode;
    public Instant attachedAt;

    /** The table's primary key (narrative_id, evidence_id). */
    public record Key(UUID narrativeId, UUID evidenceId) implements Serializable {
    }

    /** What {@code GET /evidence/{id}/usage} sorts by ({@code narrativeId} is unique for one item). */
    public static final SortFields SORTS = SortFields.of("attachedAt", "attachedAt", "code", "characteristicCode",
            "narrativeId", "narrativeId")
            .byDefault("attachedAt,narrativeId");

    /** Where an evidence item is used. */
    public static <V> Uni<Page<V>> usage(String councilId, UUID evidenceId, PageRequest page,
                                         java.util.function.Function<NarrativeEvidenceRow, V> view) {
        return Pages.of(find("councilId = :council and evidenceId = :evidence", page.sort(),
                Parameters.with("council", councilId).and("evidence", evidenceId)), page, view);
    }
}
