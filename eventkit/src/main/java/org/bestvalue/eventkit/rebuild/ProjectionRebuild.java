package org.bestvalue.eventkit.rebuild;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds a service's query tables from its own event store (DESIGN.md §4.7): what
 * {@code POST /admin/projections/rebuild} runs ({@link ProjectionRebuildResource}). In one transaction the tables
 * are locked against writes, the council's rows (every council's) are deleted, and its events of the projected
 * stream types are replayed in the store's order through the projection the appends use. A reader sees the old
 * rows until the new ones are complete, and the rebuilt rows equal the ones the live appends wrote.
 * <p>
 * A service that projects its own events makes one bean of it, naming its tables (each with a
 * {@code council_id} column) and stream types, and how a batch of replayed events is applied.
 */
public abstract class ProjectionRebuild {
    private static final int BATCH = 1000;

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    private final List<String> tables;
    private final Set<String> streamTypes;

    protected ProjectionRebuild(List<String> tables, Set<String> streamTypes) {
        if (tables.isEmpty() || streamTypes.isEmpty()) throw new IllegalArgumentException("A rebuild names its tables and stream types");
        this.tables = List.copyOf(tables);
        this.streamTypes = Set.copyOf(streamTypes);
    }

    /** Writes a batch of replayed events (in the store's order) as the live path does, inside the rebuild's transaction. */
    protected abstract Uni<Void> replay(SqlConnection tx, List<EventEnvelope> events);

    /** A council admin's rebuild: only that council's rows. @return how many of its events were replayed */
    public Uni<Long> rebuild(String councilId) {
        if (councilId == null || councilId.isBlank()) throw new IllegalArgumentException("No council to rebuild");
        return rebuild(" WHERE council_id = $1", Tuple.of(councilId), councilId);
    }

    /** The platform operator's rebuild: every council's rows. @return how many events were replayed */
    public Uni<Long> rebuildEveryCouncil() {
        return rebuild("", Tuple.tuple(), null);
    }

    private Uni<Long> rebuild(String where, Tuple args, String councilId) {
        AtomicLong replayed = new AtomicLong();
        return pool.withTransaction(tx -> {
            Uni<?> emptied = tx.query("LOCK TABLE " + String.join(", ", tables) + " IN EXCLUSIVE MODE").execute();
            for (String table : tables) emptied = emptied.chain(() -> tx.preparedQuery("DELETE FROM " + table + where).execute(args));
            return emptied.chain(() -> store.replayAll(tx, BATCH, batch -> {
                List<EventEnvelope> mine = batch.stream()
                        .filter(e -> streamTypes.contains(e.streamType()) && (councilId == null || councilId.equals(e.councilId())))
                        .toList();
                replayed.addAndGet(mine.size());
                return mine.isEmpty() ? Uni.createFrom().voidItem() : replay(tx, mine);
            }));
        }).map(ignored -> replayed.get());
    }
}
