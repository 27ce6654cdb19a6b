package org.bestvalue.eventkit.rebuild;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.StreamId;
import org.bestvalue.eventkit.store.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The rebuild tests' query table, note_count: how many notes each "note" stream of each council took, projected
 * live (an inline projection of every append) and rebuilt. It shares the package of the kit's rebuild, so it
 * reads and appends through the rebuild's own pool and store.
 */
@ApplicationScoped
public class NoteCounts extends ProjectionRebuild implements InlineProjection.EachEvent {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STREAM_TYPE = "note";

    public NoteCounts() {
        super(List.of("note_count"), Set.of(STREAM_TYPE));
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        return tx.preparedQuery("INSERT INTO note_count (council_id, stream_id, notes) VALUES ($1, $2, 1) "
                        + "ON CONFLICT (council_id, stream_id) DO UPDATE SET notes = note_count.notes + 1")
                .execute(Tuple.of(e.councilId(), e.streamId())).replaceWithVoid();
    }

    @Override
    protected Uni<Void> replay(SqlConnection tx, List<EventEnvelope> batch) {
        return apply(tx, batch);
    }

    /** A new stream of the council's with this many notes, projected as it is appended. @return its id */
    String take(String councilId, int notes) {
        String streamId = UUID.randomUUID().toString();
        CommandContext ctx = CommandContext.of(councilId, "planner-1", Instant.parse("2024-05-08T10:00:00Z"));
        List<NewEvent> noted = IntStream.range(0, notes).mapToObj(i -> new NewEvent(UUID.randomUUID(), "NoteTaken", 1,
                JsonNodeFactory.instance.objectNode().put("note", "note " + i))).toList();
        store.append(ctx, new StreamId(STREAM_TYPE, streamId), EventStore.NO_STREAM, noted, this).await().atMost(WAIT);
        return streamId;
    }

    /** The stream's row. */
    int notes(String councilId, String streamId) {
        return pool.preparedQuery("SELECT notes FROM note_count WHERE council_id = $1 AND stream_id = $2")
                .execute(Tuple.of(councilId, streamId)).await().atMost(WAIT).iterator().next().getInteger(0);
    }

    /** Every row set to a count no stream has, as a rebuild would find a table gone wrong. */
    void spoil() {
        pool.query("UPDATE note_count SET notes = 99").execute().await().atMost(WAIT);
    }

    /** The note events in the store: the council's, or every council's when null. */
    int eventsOf(String councilId) {
        return pool.preparedQuery("SELECT count(*) FROM events WHERE stream_type = $1 AND ($2::text IS NULL OR council_id = $2)")
                .execute(Tuple.of(STREAM_TYPE, councilId)).await().atMost(WAIT).iterator().next().getLong(0).intValue();
    }
}
