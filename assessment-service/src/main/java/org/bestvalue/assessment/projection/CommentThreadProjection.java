package org.bestvalue.assessment.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.EventData;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps comment_threads and comment_messages in step with the comment-thread events, inside the append's transaction.
 * Reads only the stored event, so the rebuild replays the same rows.
 */
@ApplicationScoped
public class CommentThreadProjection implements InlineProjection.EachEvent {
    /** The tables it writes, in the order a rebuild empties them ({@link AssessmentRebuild}). */
    static final List<String> TABLES = List.of("comment_messages", "comment_threads");

    @Override
    public Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        OffsetDateTime at = e.occurredAtUtc();
        return switch (e.type()) {
            case "CommentThreadStarted" -> exec(tx, "INSERT INTO comment_threads (id, council_id, cycle_id, narrative_id, "
                            + "characteristic_code, status, quote, narrative_revision, opened_by, opened_at, message_count, updated_at, "
                            + "stream_version) VALUES ($1,$2,$3,$4,$5,'OPEN',$6,$7,$8,$9,1,$9,$10)",
                    Tuple.tuple().addUUID(EventData.uuid(d, "threadId")).addString(e.councilId()).addUUID(EventData.uuid(d, "cycleId"))
                            .addUUID(EventData.uuid(d, "narrativeId")).addString(d.path("characteristicCode").asText())
                            .addString(EventData.text(d, "quote")).addInteger(d.path("narrativeRevision").asInt())
                            .addString(d.path("openedBy").asText()).addOffsetDateTime(at).addLong(e.streamVersion()))
                    .chain(() -> message(tx, e, 1, d.path("openedBy").asText(), d.path("text").asText(), at));
            case "CommentReplied" -> exec(tx, "UPDATE comment_threads SET message_count = $2, updated_at = $3, stream_version = $4 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "threadId"), d.path("seq").asInt(), at, e.streamVersion()))
                    .chain(() -> message(tx, e, d.path("seq").asInt(), d.path("authorId").asText(), d.path("text").asText(), at));
            case "CommentThreadResolved" -> exec(tx, "UPDATE comment_threads SET status = 'RESOLVED', resolved_by = $2, resolution_note = $3, "
                            + "resolved_at = $4, updated_at = $4, stream_version = $5 WHERE id = $1",
                    Tuple.tuple().addUUID(EventData.uuid(d, "threadId")).addString(d.path("resolvedBy").asText())
                            .addString(EventData.text(d, "note")).addOffsetDateTime(at).addLong(e.streamVersion()));
            case "CommentThreadReopened" -> exec(tx, "UPDATE comment_threads SET status = 'OPEN', resolved_by = NULL, resolution_note = NULL, "
                            + "resolved_at = NULL, updated_at = $2, stream_version = $3 WHERE id = $1",
                    Tuple.of(EventData.uuid(d, "threadId"), at, e.streamVersion()));
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> message(SqlConnection tx, EventEnvelope e, int seq, String author, String text, OffsetDateTime at) {
        return exec(tx, "INSERT INTO comment_messages (thread_id, seq, council_id, author_id, text, at) VALUES ($1,$2,$3,$4,$5,$6)",
                Tuple.tuple().addUUID(EventData.uuid(e.data(), "threadId")).addInteger(seq).addString(e.councilId())
                        .addString(author).addString(text).addOffsetDateTime(at));
    }

    private static Uni<Void> exec(SqlConnection tx, String sql, Tuple params) {
        return tx.preparedQuery(sql).execute(params).replaceWithVoid();
    }
}
