package org.bestvalue.assessment.projection;

import org.bestvalue.eventkit.read.Pages;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A framework version as the lists show it (read side of framework_versions; AssessmentProjection writes it). */
@Entity
@Table(name = "framework_versions")
public class FrameworkVersionRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String councilId;
    public String name;
    public String label;
    public String status;
    public UUID predecessorId;
    public int characteristicCount;
    public int crossReferenceCount;
    public int themeCount;
    public Instant importedAt;
    public Instant publishedAt;
    public long streamVersion;

    /** What {@code GET /frameworks} sorts by. */
    public static final SortFields SORTS = SortFields.of("label", "label", "importedAt", "importedAt", "id", "id")
            .byDefault("-importedAt,id");

    public static <V> Uni<Page<V>> ofCouncil(String councilId, PageRequest page, java.util.function.Function<FrameworkVersionRow, V> view) {
        return Pages.of(find("councilId", page.sort(), councilId), page, view);
    }

    /** The council's version with this label, or null. */
    public static Uni<FrameworkVersionRow> labelled(String councilId, String label) {
        return Panache.withSession(() -> find("councilId = ?1 and label = ?2", councilId, label).firstResult());
    }

    public static Uni<java.util.List<FrameworkVersionRow>> inCouncil(String councilId, java.util.Collection<UUID> ids) {
        return Panache.withSession(() -> list("councilId = ?1 and id in ?2", councilId, ids));
    }
}
