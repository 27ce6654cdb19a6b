package org.bestvalue.assessment.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One message of a comment thread: the opening comment (seq 1) or a reply. */
@Entity
@Table(name = "comment_messages")
@IdClass(CommentMessageRow.Key.class)
public class CommentMessageRow extends PanacheEntityBase {
    @Id
    public UUID threadId;
    @Id
    public int seq;
    public String councilId;
    public String authorId;
    public String text;
    public Instant at;

    public record Key(UUID threadId, int seq) implements Serializable {
    }

    /** Every message of the threads, in order. */
    public static Uni<List<CommentMessageRow>> of(String councilId, Collection<UUID> threadIds) {
        if (threadIds.isEmpty()) return Uni.createFrom().item(List.of());
        return list("councilId = ?1 and threadId in ?2", Sort.by("threadId").and("seq"), councilId, threadIds);
    }
}
