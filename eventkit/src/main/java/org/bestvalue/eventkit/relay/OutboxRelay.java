package org.bestvalue.eventkit.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes stored events to the service's Kafka topic, at least once, without a dual write.
 *
 * <p>Each pass, in one database transaction: take the relay lock (one relay per database, however many
 * instances run), read the outbox in position order, send every event and wait for Kafka's
 * acknowledgements ({@code acks=all}, idempotent producer), then delete exactly those outbox rows. A
 * crash anywhere before the commit leaves the rows in place and they are sent again; consumers are
 * idempotent. Rows are taken by presence, not by a "position greater than the last one sent" mark, so
 * an event whose transaction commits after a later-numbered one is still published.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6276_6f75_7462_6f78L; // "bvoutbox"

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "eventkit.topic")
    String topic;
    @ConfigProperty(name = "eventkit.source")
    String source;
    /** The whole {@code kafka.*} configuration (bootstrap servers, TLS, SASL …), as Quarkus collects it. */
    @Inject
    @io.smallrye.common.annotation.Identifier("default-kafka-broker")
    java.util.Map<String, Object> kafkaConfig;
    @ConfigProperty(name = "eventkit.relay.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "eventkit.relay.interval", defaultValue = "PT0.1S")
    Duration interval;
    @ConfigProperty(name = "eventkit.relay.batch-size", defaultValue = "500")
    int batchSize;

    private final Object producerLock = new Object();
    private volatile KafkaProducer<String, String> producer;
    private ScheduledExecutorService loop;
    private Counter published;
    private volatile Instant lastSuccess;
    private volatile String lastError;

    void onStart(@Observes StartupEvent ignored) {
        published = meters.counter("eventkit.relay.published", "topic", topic);
        if (enabled) start();
    }

    void onStop(@Observes ShutdownEvent ignored) {
        stop();
        if (producer != null) producer.close(Duration.ofSeconds(5));
    }

    /** Starts the background loop (idempotent). */
    public synchronized void start() {
        if (loop != null) return;
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        loop.scheduleWithFixedDelay(this::drainQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the background loop; what is still in the outbox stays there until the next start. */
    public synchronized void stop() {
        if (loop == null) return;
        loop.shutdownNow();
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
    }

    private void drainQuietly() {
        try {
            while (relayOnce() == batchSize) {
                // keep going while there is a backlog
            }
            lastSuccess = Instant.now();
            lastError = null;
        } catch (Exception e) {
            lastError = e.getMessage();
            LOG.warnf("Outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    /** One pass: publishes up to a batch of outbox events and returns how many were published. */
    public int relayOnce() {
        return relayOnce(AfterSend.NOTHING);
    }

    /**
     * One pass, with a hook that runs after Kafka acknowledged the sends and before the outbox rows are
     * deleted: the crash window that at-least-once delivery must survive. Tests throw from it.
     */
    public synchronized int relayOnce(AfterSend afterSend) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                        .execute(Tuple.of(RELAY_LOCK))
                        .chain(rs -> rs.iterator().next().getBoolean("locked")
                                ? publishBatch(tx, afterSend)
                                : Uni.createFrom().item(0)))
                .await().atMost(Duration.ofSeconds(60));
    }

    private Uni<Integer> publishBatch(SqlConnection tx, AfterSend afterSend) {
        return tx.preparedQuery("SELECT e.position, e.event_id, e.council_id, e.stream_type, e.stream_id, e.stream_version, "
                        + "e.event_type, e.schema_version, e.occurred_at, e.actor, e.correlation_id, e.causation_id, "
                        + "e.data::text AS data FROM outbox o JOIN events e ON e.position = o.position "
                        + "ORDER BY o.position LIMIT $1")
                .execute(Tuple.of(batchSize))
                .chain(rows -> {
                    if (rows.size() == 0) return Uni.createFrom().item(0);
                    List<Long> positions = new ArrayList<>();
                    List<EventEnvelope> events = new ArrayList<>();
                    for (Row r : rows) {
                        positions.add(r.getLong("position"));
                        events.add(store.toEnvelope(r));
                    }
                    return send(events)
                            .invoke(() -> afterSend.run(events))
                            .chain(() -> tx.preparedQuery("DELETE FROM outbox WHERE position = ANY($1)")
                                    .execute(Tuple.of(positions.toArray(Long[]::new))))
                            .map(deleted -> {
                                published.increment(events.size());
                                return events.size();
                            });
                });
    }

    private Uni<Void> send(List<EventEnvelope> events) {
        return Uni.createFrom().<Void>emitter(done -> {
            AtomicInteger pending = new AtomicInteger(events.size());
            KafkaProducer<String, String> p = producer();
            for (EventEnvelope e : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, e.streamId(),
                        CloudEvents.toJson(e, source, mapper).toString());
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                p.send(record, (metadata, error) -> {
                    if (error != null) done.fail(error);
                    else if (pending.decrementAndGet() == 0) done.complete(null);
                });
            }
        })
                // send() may block on metadata: never on the database connection's event loop.
                .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(Duration.ofSeconds(30)).failWith(() -> new IllegalStateException("Kafka did not acknowledge in 30 s"));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            // Not "this": relayOnce holds that monitor while it waits for the send that needs the producer.
            synchronized (producerLock) {
                if (producer == null) {
                    Properties props = new Properties();
                    // Every kafka.* setting reaches the producer; the guarantees below are the relay's own and win.
                    kafkaConfig.forEach((k, v) -> { if (v != null) props.put(k, v.toString()); });
                    props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "25000");
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + topic);
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
            }
        }
        return producer;
    }

    public Uni<Long> backlog() {
        return pool.query("SELECT count(*) AS n FROM outbox").execute().map(rs -> rs.iterator().next().getLong("n"));
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError;
    }

    public String topic() {
        return topic;
    }

    /** What runs between Kafka's acknowledgement and the outbox delete. */
    @FunctionalInterface
    public interface AfterSend {
        AfterSend NOTHING = events -> {
        };

        void run(List<EventEnvelope> sent);
    }
}
