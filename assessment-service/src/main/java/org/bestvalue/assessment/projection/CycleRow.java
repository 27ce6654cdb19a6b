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

/** A cycle as the lists show it (read side of cycles; AssessmentProjection writes it). */
@Entity
@Table(name = "cycles")
public class CycleRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String councilId;
    public int year;
    public String title;
    public UUID frameworkVersionId;
    public UUID carriedForwardFrom;
    public String status;
    public Instant latestSnapshotAt;
    public Instant publishedAsOf;
    public Instant openedAt;
    public long streamVersion;

    /** What {@code GET /cycles} sorts by. */
    public static final SortFields SORTS = SortFields.of("year", "year", "title", "title", "id", "id")
            .byDefault("-year,id");

    public static <V> Uni<Page<V>> ofCouncil(String councilId, PageRequest page, java.util.function.Function<CycleRow, V> view) {
        return Pages.of(find("councilId", page.sort(), councilId), page, view);
    }

    public static Uni<Boolean> yearTaken(String councilId, int year) {
        return Panache.withSession(() -> count("councilId = ?1 and year = ?2", councilId, year)).map(n -> n > 0);
    }
}
