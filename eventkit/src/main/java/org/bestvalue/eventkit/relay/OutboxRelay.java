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
    @Inject
    RelaySettings settings;
    private volatile Duration backoff = Duration.ofMillis(100);
    private volatile Instant nextAttempt = Instant.EPOCH;

    private final Object producerLock = new Object();
    private volatile KafkaProducer<String, String> producer;
    private ScheduledExecutorService loop;
    private Counter published;
    private volatile Instant lastSuccess;
    private volatile String lastError;

    void onStart(@Observes StartupEvent ignored) {
        published = meters.counter("eventkit.relay.published", "topic", topic);
        meters.gauge("eventkit.outbox.backlog", java.util.List.of(io.micrometer.core.instrument.Tag.of("topic", topic)), this,
                r -> r.backlogSeen);
        meters.gauge("eventkit.outbox.oldest.age.seconds", java.util.List.of(io.micrometer.core.instrument.Tag.of("topic", topic)), this,
                r -> r.oldestAgeSeen);
        if (settings.enabled()) {
            store.onAppended(this::wake);
            start();
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean wakePending = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * A pass soon (after {@link RelaySettings#linger}): called after this instance committed an append, so an event does not
     * wait for the next poll. Wakes arriving while one is pending make one pass; the polling loop stays for appends
     * made elsewhere (another instance, a caller's own transaction) and after failures. An instance whose last pass
     * found the lock taken does not wake: the holder's relay publishes its events on its next poll.
     */
    public void wake() {
        ScheduledExecutorService l = loop;
        // Another instance holds the relay lock: its relay publishes (its own appends wake it; these wait for its poll).
        if (l == null || (lockLastHeldAt != null && !holdsLock) || !wakePending.compareAndSet(false, true)) return;
        try {
            l.schedule(() -> {
                wakePending.set(false);
                drainQuietly();
            }, settings.linger().toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            wakePending.set(false);
        }
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
        loop.scheduleWithFixedDelay(this::drainQuietly, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
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

    // One pass at a time (a single scheduler thread, relayOnce synchronized); after a failure the next
    // passes wait, doubling from the interval up to maxBackoff, so a broker that is away is not hammered.
    private void drainQuietly() {
        refreshLag();
        if (Instant.now().isBefore(nextAttempt)) return;
        try {
            while (relayOnce() == settings.batchSize()) {
                // keep going while there is a backlog
            }
            lastSuccess = Instant.now();
            lastError = null;
            backoff = settings.interval();
        } catch (Exception e) {
            lastError = e.getMessage();
            backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff.multipliedBy(2);
            nextAttempt = Instant.now().plus(backoff);
            LOG.warnf("Outbox relay pass failed, next try in %d ms: %s", backoff.toMillis(), e.getMessage());
        }
    }

    private volatile double backlogSeen;
    private volatile double oldestAgeSeen;
    private volatile Instant lagRead = Instant.EPOCH;

    // Outbox lag for health and metrics: how many rows wait, and how old the oldest is (read at most once a second).
    private void refreshLag() {
        if (Instant.now().isBefore(lagRead.plusSeconds(1))) return;
        lagRead = Instant.now();
        try {
            Row r = pool.query("SELECT count(*) AS n, COALESCE(EXTRACT(EPOCH FROM now() - min(e.occurred_at)), 0)::float8 AS age "
                    + "FROM outbox o JOIN events e ON e.position = o.position").execute().await().atMost(Duration.ofSeconds(5)).iterator().next();
            backlogSeen = r.getLong("n");
            oldestAgeSeen = r.getDouble("age");
        } catch (Exception e) {
            LOG.debugf("Could not read the outbox lag: %s", e.getMessage());
        }
    }

    /** What the readiness check shows: the outbox lag as last read, and how the last pass went. */
    public record Status(String topic, boolean enabled, long backlog, double oldestAgeSeconds, Instant lastSuccess, String lastError) {
    }

    public Status status() {
        return new Status(topic, settings.enabled(), (long) backlogSeen, oldestAgeSeen, lastSuccess, lastError);
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
        Pass pass = pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                        .execute(Tuple.of(RELAY_LOCK))
                        .chain(rs -> lockTaken(rs.iterator().next().getBoolean("locked"))
                                ? publishBatch(tx, afterSend)
                                : Uni.createFrom().item(new Pass(0, null))))
                .await().atMost(settings.sendTimeout().multipliedBy(2));
        // The acknowledged rows are deleted and committed; a stopped stream makes the pass count as failed.
        if (pass.failure() != null) throw new PartialPass(pass.published(), pass.failure());
        return pass.published();
    }

    private volatile boolean holdsLock;
    private volatile Instant lockLastHeldAt;

    private boolean lockTaken(boolean locked) {
        holdsLock = locked;
        if (locked) lockLastHeldAt = Instant.now();
        return locked;
    }

    /** Whether this instance's latest pass held the relay lock (another instance's relay publishes when not). */
    public boolean holdsLock() {
        return holdsLock;
    }

    /** When a pass of this instance last held the relay lock; null when none has. */
    public Instant lockLastHeldAt() {
        return lockLastHeldAt;
    }

    private Uni<Pass> publishBatch(SqlConnection tx, AfterSend afterSend) {
        return tx.preparedQuery("SELECT e.position, e.event_id, e.council_id, e.stream_type, e.stream_id, e.stream_version, "
                        + "e.event_type, e.schema_version, e.occurred_at, e.actor, e.correlation_id, e.causation_id, "
                        + "e.data::text AS data, e.chain_previous, e.chain_hash FROM outbox o JOIN events e ON e.position = o.position "
                        + "ORDER BY o.position LIMIT $1")
                .execute(Tuple.of(settings.batchSize()))
                .chain(rows -> {
                    if (rows.size() == 0) return Uni.createFrom().item(new Pass(0, null));
                    List<EventEnvelope> events = new ArrayList<>();
                    java.util.Map<java.util.UUID, Long> positionOf = new java.util.HashMap<>();
                    for (Row r : rows) {
                        EventEnvelope e = store.toEnvelope(r);
                        events.add(e);
                        positionOf.put(e.eventId(), r.getLong("position"));
                    }
                    return Uni.createFrom().item(() -> sendInStreamOrder(events))
                            // send() may block on metadata: never on the database connection's event loop.
                            .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool())
                            .chain(sent -> {
                                if (sent.acknowledged().isEmpty()) return Uni.createFrom().failure(sent.failure());
                                afterSend.run(sent.acknowledged());
                                Long[] positions = sent.acknowledged().stream().map(e -> positionOf.get(e.eventId())).toArray(Long[]::new);
                                // Rows of acknowledged events go now; a stopped stream's rows stay for the next pass.
                                return tx.preparedQuery("DELETE FROM outbox WHERE position = ANY($1)").execute(Tuple.of(positions))
                                        .map(deleted -> {
                                            published.increment(positions.length);
                                            return new Pass(positions.length, sent.failure());
                                        });
                            });
                });
    }

    /** A committed pass: how many were published, and why a stream stopped short (null when none did). */
    record Pass(int published, Throwable failure) {
    }

    /** What a pass got acknowledged, and the first failure when some stream stopped short. */
    record Sent(List<EventEnvelope> acknowledged, Throwable failure) {
    }

    /**
     * Sends a batch so that no stream's events can reach Kafka out of order: in rounds, the n-th pending
     * event of every stream in round n, each round waiting for Kafka's acknowledgements. A stream whose
     * event fails stops there for this pass: its later events stay in the outbox and go after it, never
     * before it. Other streams go on.
     */
    private Sent sendInStreamOrder(List<EventEnvelope> events) {
        java.util.Map<String, java.util.ArrayDeque<EventEnvelope>> byStream = new java.util.LinkedHashMap<>();
        for (EventEnvelope e : events) byStream.computeIfAbsent(e.streamId(), k -> new java.util.ArrayDeque<>()).add(e);
        KafkaProducer<String, String> p = producer();
        // Fail fast when the broker is away: one bounded metadata wait instead of a blocked send per record.
        p.partitionsFor(topic);
        List<EventEnvelope> acknowledged = new ArrayList<>();
        Throwable failure = null;
        while (!byStream.isEmpty()) {
            java.util.Map<EventEnvelope, java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> round = new java.util.LinkedHashMap<>();
            for (var queue : byStream.values()) {
                EventEnvelope e = queue.peek();
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, e.streamId(), CloudEvents.toJson(e, source, mapper).toString());
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                round.put(e, p.send(record));
            }
            p.flush();
            for (var sent : round.entrySet()) {
                EventEnvelope e = sent.getKey();
                try {
                    sent.getValue().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(e);
                    var queue = byStream.get(e.streamId());
                    queue.poll();
                    if (queue.isEmpty()) byStream.remove(e.streamId());
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                    Throwable cause = ex instanceof java.util.concurrent.ExecutionException ? ex.getCause() : ex;
                    if (failure == null) failure = cause;
                    meters.counter("eventkit.relay.failed", "topic", topic).increment();
                    LOG.warnf("Stream %s stops at version %d for this pass: %s", e.streamId(), e.streamVersion(), cause.toString());
                    byStream.remove(e.streamId());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return new Sent(acknowledged, ex);
                }
            }
        }
        return new Sent(acknowledged, failure);
    }

    /** Some events of a pass were published and their rows deleted; others wait for the next pass. */
    public static class PartialPass extends RuntimeException {
        public final int published;

        PartialPass(int published, Throwable cause) {
            super(published + " published; a stream stopped at a failed event: " + cause, cause);
            this.published = published;
        }
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
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
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

    /** What runs between Kafka's acknowledgement and the outbox delete. */
    @FunctionalInterface
    public interface AfterSend {
        AfterSend NOTHING = events -> {
        };

        void run(List<EventEnvelope> sent);
    }
}
