package org.bestvalue.assessment.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import org.bestvalue.eventkit.read.Pages;
import org.bestvalue.eventkit.read.Where;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A comment thread on a narrative (read side of the comment-thread streams; CommentThreadProjection writes it). */
@Entity
@Table(name = "comment_threads")
public class CommentThreadRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String councilId;
    public UUID cycleId;
    public UUID narrativeId;
    public String characteristicCode;
    public String status;
    public String quote;
    public int narrativeRevision;
    public String openedBy;
    public Instant openedAt;
    public int messageCount;
    public String resolvedBy;
    public String resolutionNote;
    public Instant resolvedAt;
    public Instant updatedAt;
    public long streamVersion;

    /** What {@code GET …/threads} sorts by; {@code id} last keeps pages apart. */
    public static final SortFields SORTS = SortFields.of("openedAt", "openedAt", "updatedAt", "updatedAt", "status", "status", "id", "id")
            .byDefault("openedAt,id");

    /** A narrative's threads, optionally of one status. */
    public static <V> Uni<Page<V>> ofNarrative(String councilId, UUID narrativeId, String status, PageRequest page,
                                               Function<CommentThreadRow, V> view) {
        Where w = Where.of("councilId = :council and narrativeId = :narrative",
                        Parameters.with("council", councilId).and("narrative", narrativeId))
                .and("status = :status", "status", status);
        return Pages.of(find(w.query(), page.sort(), w.parameters()), page, view);
    }

    /** The ids of a narrative's resolved threads (their events belong in the narrative's history). */
    public static Uni<List<UUID>> resolvedOf(String councilId, UUID narrativeId) {
        return CommentThreadRow.<CommentThreadRow>list("councilId = ?1 and narrativeId = ?2 and status = 'RESOLVED'", councilId, narrativeId)
                .map(rows -> rows.stream().map(r -> r.id).toList());
    }
}
