package org.bestvalue.eventkit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.EventEnvelope;

/**
 * Applies incoming events exactly once to a consumer's read model: the checkpoint row for
 * (consumer, event id) and the read-model change commit in one transaction, so a redelivered event
 * changes nothing.
 *
 * <p>A transient failure ({@link Failures#isTransient}: the database away, a lost connection, a
 * deadlock) is retried with exponential backoff and jitter for as long as it lasts: the record is not
 * acknowledged meanwhile, so its offset is not committed and no later record of the channel overtakes
 * it. Only a record that can never be applied fails the returned Uni; the Kafka channel's
 * {@code failure-strategy=dead-letter-queue} then moves it to the dead-letter topic with the reason,
 * and consumption goes on.
 */
@ApplicationScoped
public class EventInbox {
    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry meters;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "eventkit.inbox.retry.initial", defaultValue = "PT0.2S")
    java.time.Duration initialBackoff;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "eventkit.inbox.retry.max", defaultValue = "PT10S")
    java.time.Duration maxBackoff;

    /** Applies one event to a read model inside the inbox transaction. */
    @FunctionalInterface
    public interface Handler {
        Uni<Void> apply(SqlConnection tx, EventEnvelope event);
    }

    /**
     * Parses a structured CloudEvent and applies it once.
     *
     * @return true when applied, false when it had been applied before (a redelivery)
     */
    public Uni<Boolean> process(String consumer, String cloudEventJson, Handler handler) {
        return process(consumer, cloudEventJson, handler, type -> false);
    }

    /** As {@link #process(String, String, Handler)}, passing over the types {@code unused} names. */
    public Uni<Boolean> process(String consumer, String cloudEventJson, Handler handler, java.util.function.Predicate<String> unused) {
        EventEnvelope event;
        try {
            event = CloudEvents.fromJson(cloudEventJson, mapper);
        } catch (CloudEvents.MalformedEvent e) {
            meters.counter("eventkit.inbox.rejected", "consumer", consumer).increment();
            meters.counter("eventkit.inbox.dead-lettered", "consumer", consumer).increment();
            return Uni.createFrom().failure(e);
        }
        return process(consumer, event, handler, unused.test(event.type()));
    }

    public Uni<Boolean> process(String consumer, EventEnvelope event, Handler handler) {
        return process(consumer, event, handler, false);
    }

    /**
     * Applies an event once, or (when {@code passOver}: a type the consumer does not use) only notes that its
     * stream has moved on.
     *
     * @return true when applied, false when it had been applied before or was passed over
     */
    public Uni<Boolean> process(String consumer, EventEnvelope event, Handler handler, boolean passOver) {
        return (passOver ? passOver(consumer, event) : applyOnce(consumer, event, handler))
                .onFailure(Failures::isTransient).invoke(e -> {
                    meters.counter("eventkit.inbox.retries", "consumer", consumer).increment();
                    org.jboss.logging.Logger.getLogger(EventInbox.class).warnf(
                            "%s: transient failure applying %s %s, retrying: %s", consumer, event.type(), event.eventId(), e.getMessage());
                })
                .onFailure(Failures::isTransient).retry().withBackOff(initialBackoff, maxBackoff).withJitter(0.5).indefinitely()
                .onFailure().invoke(e -> meters.counter("eventkit.inbox.dead-lettered", "consumer", consumer).increment());
    }

    /**
     * Applies an event of a type the consumer uses, once, in stream order. One statement records the event as
     * processed and moves the consumer's mark of its stream on, in the transaction of the read-model change:
     * nothing when the event was processed before (a redelivery); a failed transaction (StreamGap, retried)
     * when an earlier event of the stream has not been applied yet.
     */
    private Uni<Boolean> applyOnce(String consumer, EventEnvelope event, Handler handler) {
        return pool.withTransaction(tx -> tx.preparedQuery(CHECKPOINT)
                        .execute(Tuple.of(consumer, event.eventId(), event.streamType(), event.streamId(), event.streamVersion()))
                        .chain(rs -> {
                            io.vertx.mutiny.sqlclient.Row row = rs.iterator().next();
                            if (!row.getBoolean("fresh")) return Uni.createFrom().item(false);
                            if (!row.getBoolean("moved")) return gap(tx, consumer, event);
                            return handler.apply(tx, event).replaceWith(true);
                        }))
                .invoke(applied -> meters.counter("eventkit.inbox." + (applied ? "applied" : "duplicates"),
                        "consumer", consumer).increment());
    }

    /**
     * An event of a type the consumer does not use changes no row of its read model: no transaction and no
     * processed-event row, only the consumer's mark of the stream moves on (one statement), so that the next
     * event of the stream it does use is not taken for one that came early. Redelivered, it changes nothing.
     */
    private Uni<Boolean> passOver(String consumer, EventEnvelope event) {
        return pool.preparedQuery(MOVE_STREAM_MARK + " RETURNING version")
                .execute(Tuple.of(consumer, event.streamType(), event.streamId(), event.streamVersion()))
                .chain(rs -> rs.size() == 0 ? gap(pool, consumer, event) : Uni.createFrom().item(false))
                .invoke(() -> meters.counter("eventkit.inbox.passed-over", "consumer", consumer).increment());
    }

    // The consumer's mark of a stream: the highest version it has taken. It moves only to the next version or
    // stays (a redelivery of an older one); a version beyond the next one updates nothing (the caller's gap).
    private static final String MOVE_STREAM_MARK = """
            INSERT INTO inbox_stream_versions AS m (consumer, stream_type, stream_id, version) VALUES ($1, $2, $3, $4)
            ON CONFLICT (consumer, stream_type, stream_id) DO UPDATE SET version = GREATEST(m.version, EXCLUDED.version)
            WHERE m.version >= EXCLUDED.version - 1""";

    // One round trip for the exactly-once checkpoint and the order check (the upsert locks the mark's row).
    private static final String CHECKPOINT = """
            WITH fresh AS (
              INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1
            ), moved AS (
              INSERT INTO inbox_stream_versions AS m (consumer, stream_type, stream_id, version)
              SELECT $1, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM fresh)
              ON CONFLICT (consumer, stream_type, stream_id) DO UPDATE SET version = GREATEST(m.version, EXCLUDED.version)
              WHERE m.version >= EXCLUDED.version - 1
              RETURNING 1
            )
            SELECT EXISTS (SELECT 1 FROM fresh) AS fresh, EXISTS (SELECT 1 FROM moved) AS moved""";

    // An earlier event of the stream is missing: fail with the consumer's mark (a retried, passing condition).
    private static <T> Uni<T> gap(io.vertx.mutiny.sqlclient.SqlClient client, String consumer, EventEnvelope event) {
        return client.preparedQuery("SELECT version FROM inbox_stream_versions WHERE consumer = $1 AND stream_type = $2 AND stream_id = $3")
                .execute(Tuple.of(consumer, event.streamType(), event.streamId()))
                .chain(rs -> Uni.createFrom().failure(new StreamGap(consumer, event,
                        rs.size() == 0 ? 0 : rs.iterator().next().getLong("version"))));
    }

    /** An event arrived before an earlier one of its stream: a passing condition, retried. */
    public static class StreamGap extends RuntimeException {
        public StreamGap(String consumer, EventEnvelope event, long last) {
            super(consumer + " has applied " + event.streamType() + " " + event.streamId() + " up to version " + last
                    + "; version " + event.streamVersion() + " waits for the ones before it");
        }
    }
}
