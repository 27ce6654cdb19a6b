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
 * changes nothing. A record that cannot be read or applied fails the returned Uni; the Kafka channel's
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
            return Uni.createFrom().failure(e);
        }
        return process(consumer, event, handler);
    }

    public Uni<Boolean> process(String consumer, EventEnvelope event, Handler handler) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                                "INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                        .execute(Tuple.of(consumer, event.eventId()))
                        .chain(rs -> rs.rowCount() == 0
                                ? Uni.createFrom().item(false)
                                : handler.apply(tx, event).replaceWith(true)))
                .invoke(applied -> meters.counter("eventkit.inbox." + (applied ? "applied" : "duplicates"),
                        "consumer", consumer).increment());
    }
}
