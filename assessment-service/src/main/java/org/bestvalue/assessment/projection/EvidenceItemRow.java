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
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An evidence item of the library at its latest revision (read side of evidence_items; AssessmentProjection writes it). */
@Entity
@Table(name = "evidence_items")
public class EvidenceItemRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String councilId;
    public String title;
    public String kind;
    public String reference;
    public String uri;
    public String owner;
    public LocalDate evidenceDate;
    public String description;
    public String contentHash;
    public int revision;
    public Instant updatedAt;
    public long streamVersion;

    /** What {@code GET /evidence} and a narrative's evidence sort by. */
    public static final SortFields SORTS = SortFields.of("title", "title", "date", "evidenceDate", "kind", "kind",
            "updatedAt", "updatedAt", "id", "id")
            .byDefault("title,id");

    /** The council's library, optionally of one kind. */
    public static <V> Uni<Page<V>> ofCouncil(String councilId, String kind, PageRequest page,
                                             java.util.function.Function<EvidenceItemRow, V> view) {
        return kind == null
                ? Pages.of(find("councilId", page.sort(), councilId), page, view)
                : Pages.of(find("councilId = :council and kind = :kind", page.sort(),
                Parameters.with("council", councilId).and("kind", kind)), page, view);
    }

    /** The council's items among {@code ids} (the ones a narrative links). */
    public static <V> Uni<Page<V>> among(String councilId, java.util.Collection<UUID> ids, PageRequest page,
                                         java.util.function.Function<EvidenceItemRow, V> view) {
        if (ids.isEmpty()) return Pages.empty(page);
        return Pages.of(find("councilId = :council and id in :ids", page.sort(),
                Parameters.with("council", councilId).and("ids", ids)), page, view);
    }
}
