package org.bestvalue.assessment.projection;

import org.bestvalue.eventkit.read.Pages;
import org.bestvalue.eventkit.read.Where;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A narrative at its latest revision (read side of narratives; AssessmentProjection writes it). */
@Entity
@Table(name = "narratives")
public class NarrativeRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String councilId;
    public UUID cycleId;
    public String characteristicCode;
    public String status;
    public int revision;
    public String text;
    public String lastAuthorId;
    public int contributorCount;
    public int evidenceCount;
    public Instant updatedAt;
    public long streamVersion;

    /** What {@code GET /cycles/{cycleId}/narratives} sorts by ({@code code} is unique in a cycle). */
    public static final SortFields SORTS = SortFields.of("code", "characteristicCode", "status", "status",
            "updatedAt", "updatedAt", "revision", "revision")
            .byDefault("code");

    /**
     * The cycle's narratives, optionally only those of the given characteristic codes (a theme's) and of one status.
     * An empty {@code codes} set matches nothing.
     */
    public static <V> Uni<Page<V>> ofCycle(String councilId, UUID cycleId, java.util.Set<String> codes, String status,
                                           PageRequest page, java.util.function.Function<NarrativeRow, V> view) {
        if (codes != null && codes.isEmpty()) return Pages.empty(page);
        Where w = Where.of("councilId = :council and cycleId = :cycle", Parameters.with("council", councilId).and("cycle", cycleId))
                .and("characteristicCode in :codes", "codes", codes)
                .and("status = :status", "status", status);
        return Pages.of(find(w.query(), page.sort(), w.parameters()), page, view);
    }
}
