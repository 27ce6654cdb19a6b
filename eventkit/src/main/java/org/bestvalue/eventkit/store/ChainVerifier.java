package org.bestvalue.eventkit.store;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Reads the whole event store in stream order, a page at a time (keyset on the stream-version index, so memory stays
 * one page whatever the store's size), and recomputes every stream's hash chain ({@link ChainVerification}). Blocking:
 * call it from a worker thread.
 */
@ApplicationScoped
public class ChainVerifier {
    /** At most this many broken streams are listed in a report (all are counted). */
    public static final int MAX_LISTED = 1000;
    private static final int PAGE = 2000;
    private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(2);
    private static final String PAGE_QUERY = "SELECT position, event_id, council_id, stream_type, stream_id, stream_version, "
            + "event_type, schema_version, occurred_at, actor, correlation_id, causation_id, data::text AS data, chain_previous, "
            + "chain_hash FROM events WHERE (stream_type, stream_id, stream_version) > ($1, $2, $3) "
            + "ORDER BY stream_type, stream_id, stream_version LIMIT $4";

    @Inject
    Pool pool;
    @Inject
    EventStore store;

    public ChainVerifier() {
    }

    public ChainVerifier(Pool pool, EventStore store) {
        this.pool = pool;
        this.store = store;
    }

    public ChainVerification.Report verify() {
        long started = System.nanoTime();
        ChainVerification verification = new ChainVerification(MAX_LISTED);
        String type = "";
        String id = "";
        long version = 0;
        while (true) {
            RowSet<Row> page = pool.preparedQuery(PAGE_QUERY).execute(Tuple.of(type, id, version, PAGE)).await().atMost(PAGE_TIMEOUT);
            for (Row r : page) {
                ChainVerification.StoredEvent stored = new ChainVerification.StoredEvent(r.getLong("position"), store.toEnvelope(r));
                verification.accept(stored);
                type = stored.event().streamType();
                id = stored.event().streamId();
                version = stored.event().streamVersion();
            }
            if (page.size() < PAGE) break;
        }
        return verification.finish((System.nanoTime() - started) / 1_000_000);
    }
}
