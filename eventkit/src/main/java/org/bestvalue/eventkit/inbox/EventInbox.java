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
        EventEnvelope event;
        try {
            event = CloudEvents.fromJson(cloudEventJson, mapper);
        } catch (CloudEvents.MalformedEvent e) {
            meters.counter("eventkit.inbox.rejected", "consumer", consumer).increment();
            meters.counter("eventkit.inbox.dead-lettered", "consumer", consumer).increment();
            return Uni.createFrom().failure(e);
        }
        return process(consumer, event, handler);
    }

    public Uni<Boolean> process(String consumer, EventEnvelope event, Handler handler) {
        return applyOnce(consumer, event, handler)
                .onFailure(Failures::isTransient).invoke(e -> {
                    meters.counter("eventkit.inbox.retries", "consumer", consumer).increment();
                    org.jboss.logging.Logger.getLogger(EventInbox.class).warnf(
                            "%s: transient failure applying %s %s, retrying: %s", consumer, event.type(), event.eventId(), e.getMessage());
                })
                .onFailure(Failures::isTransient).retry().withBackOff(initialBackoff, maxBackoff).withJitter(0.5).indefinitely()
                .onFailure().invoke(e -> meters.counter("eventkit.inbox.dead-lettered", "consumer", consumer).increment());
    }

    private Uni<Boolean> applyOnce(String consumer, EventEnvelope event, Handler handler) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                                "INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .execute(Tuple.of(consumer, event.eventId()))
                        .chain(rs -> rs.rowCount() == 0
                                ? Uni.createFrom().item(false)
                                : inStreamOrder(tx, consumer, event).chain(() -> handler.apply(tx, event)).replaceWith(true)))
                .invoke(applied -> meters.counter("eventkit.inbox." + (applied ? "applied" : "duplicates"),
                        "consumer", consumer).increment());
    }

    /**
     * Keeps each stream in order: the event must be the next version after the last one this consumer
     * applied of its stream. A later one ({@link StreamGap}) is retried until the missing event has been
     * applied — from a redelivery or a dead-letter replay — so nothing is projected out of order.
     * A stream the consumer has not seen yet starts wherever it starts.
     */
    private Uni<Void> inStreamOrder(SqlConnection tx, String consumer, EventEnvelope event) {
        return tx.preparedQuery("SELECT version FROM inbox_stream_versions WHERE consumer = $1 AND stream_type = $2 AND stream_id = $3 FOR UPDATE")
                .execute(Tuple.of(consumer, event.streamType(), event.streamId()))
                .chain(rs -> {
                    Long last = rs.size() == 0 ? null : rs.iterator().next().getLong("version");
                    if (last != null && event.streamVersion() > last + 1) {
                        return Uni.createFrom().failure(new StreamGap(consumer, event, last));
                    }
                    return tx.preparedQuery("INSERT INTO inbox_stream_versions (consumer, stream_type, stream_id, version) VALUES ($1, $2, $3, $4) "
                                    + "ON CONFLICT (consumer, stream_type, stream_id) DO UPDATE SET version = GREATEST(inbox_stream_versions.version, EXCLUDED.version)")
                            .execute(Tuple.of(consumer, event.streamType(), event.streamId(), event.streamVersion()))
                            .replaceWithVoid();
                });
    }

    /** An event arrived before an earlier one of its stream: a passing condition, retried. */
    public static class StreamGap extends RuntimeException {
        public StreamGap(String consumer, EventEnvelope event, long last) {
            super(consumer + " has applied " + event.streamType() + " " + event.streamId() + " up to version " + last
                    + "; version " + event.streamVersion() + " waits for the ones before it");
        }
    }
}
