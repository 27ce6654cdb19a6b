package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bestvalue.eventkit.CloudEvents;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays topics from their beginning up to the end offsets taken when it starts, through the same
 * projection code as the live consumers, into one generation of the read models. It uses a plain
 * consumer with assign() (no group, no committed offsets), so it never disturbs the live consumers.
 * Records that cannot be projected are skipped and counted: the live path dead-lettered them too.
 */
public final class Replay {
    private static final Logger LOG = Logger.getLogger(Replay.class);

    private final Map<String, ?> kafkaConfig;
    private final List<String> topics;
    private final Pool pool;
    private final ObjectMapper mapper;
    private final int batchEvents;

    public final AtomicLong total = new AtomicLong();
    public final AtomicLong read = new AtomicLong();
    public final AtomicLong skipped = new AtomicLong();
    /** Where the replay spent its time, for the benchmark: polling Kafka, projecting, waiting for PostgreSQL. */
    public long pollNanos;
    public long projectNanos;
    public long writeWaitNanos;

    public Replay(String bootstrapServers, List<String> topics, Pool pool, ObjectMapper mapper, int batchEvents) {
        this(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topics, pool, mapper, batchEvents);
    }

    /** With the whole {@code kafka.*} client configuration (bootstrap servers, SASL, TLS). */
    public Replay(Map<String, ?> kafkaConfig, List<String> topics, Pool pool, ObjectMapper mapper, int batchEvents) {
        this.kafkaConfig = kafkaConfig;
        this.topics = topics;
        this.pool = pool;
        this.mapper = mapper;
        this.batchEvents = batchEvents;
    }

    /** Replays into {@code generation}; returns the number of records read. */
    public long into(int generation) {
        Properties props = new Properties();
        kafkaConfig.forEach((k, v) -> { if (v != null) props.put(k, v.toString()); });
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + generation);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null) continue;
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            end.forEach((tp, e) -> total.addAndGet(e - begin.getOrDefault(tp, 0L)));
            LOG.infof("Rebuild of generation %d: replaying %d records from %d partitions of %s", generation, total.get(),
                    partitions.size(), topics);
            consumer.seekToBeginning(partitions);
            List<TopicPartition> pending = new ArrayList<>(partitions);
            pending.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            consumer.pause(partitions.stream().filter(tp -> !pending.contains(tp)).toList());
            List<ReadModelWrite> batch = new ArrayList<>();
            int eventsInBatch = 0;
            long lastLog = System.nanoTime();
            while (!pending.isEmpty()) {
                long p0 = System.nanoTime();
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                long p1 = System.nanoTime();
                pollNanos += p1 - p0;
                List<ConsumerRecord<String, String>> wanted = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> r : records) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) wanted.add(r);
                }
                read.addAndGet(wanted.size());
                // Parsing and projecting is most of the replay's own work: it runs on every core (the rows are
                // insert-only, so the order they are written in does not matter).
                for (List<ReadModelWrite> writes : wanted.parallelStream().map(this::writesFor).toList()) {
                    if (writes == null) continue;
                    batch.addAll(writes);
                    if (++eventsInBatch >= batchEvents) {
                        flush(batch, generation);
                        eventsInBatch = 0;
                    }
                }
                projectNanos += System.nanoTime() - p1;
                for (TopicPartition tp : new ArrayList<>(pending)) {
                    if (consumer.position(tp) >= end.get(tp)) {
                        pending.remove(tp);
                        consumer.pause(List.of(tp));
                    }
                }
                if (System.nanoTime() - lastLog > 5_000_000_000L) {
                    lastLog = System.nanoTime();
                    LOG.infof("Rebuild of generation %d: %d of %d records (%d%%), %d skipped", generation, read.get(),
                            total.get(), total.get() == 0 ? 100 : read.get() * 100 / total.get(), skipped.get());
                }
            }
            flush(batch, generation);
            drain();
            return read.get();
        }
    }

    /** The rows a record adds; null for a record that cannot be projected (counted as skipped). */
    private List<ReadModelWrite> writesFor(ConsumerRecord<String, String> r) {
        try {
            return ReadModelProjector.writesFor(CloudEvents.fromJson(r.value(), mapper));
        } catch (RuntimeException ex) {
            skipped.incrementAndGet();
            LOG.warnf("Rebuild skips %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), ex.getMessage());
            return null;
        }
    }

    /**
     * Writes a batch in its own transaction while the next batch is read and projected: at most
     * {@link #IN_FLIGHT} batches are being written at once. Rows are insert-only, so their order does not matter.
     */
    private void flush(List<ReadModelWrite> batch, int generation) {
        if (batch.isEmpty()) return;
        List<ReadModelWrite> rows = List.copyOf(batch);
        batch.clear();
        long w0 = System.nanoTime();
        while (inFlight.size() >= IN_FLIGHT) inFlight.removeFirst().join();
        writeWaitNanos += System.nanoTime() - w0;
        inFlight.addLast(pool.withTransaction(tx -> ReadModelWriter.execute(tx, rows, List.of(Generations.Target.building(generation))))
                .subscribeAsCompletionStage());
    }

    private void drain() {
        long w0 = System.nanoTime();
        while (!inFlight.isEmpty()) inFlight.removeFirst().join();
        writeWaitNanos += System.nanoTime() - w0;
    }

    private static final int IN_FLIGHT = 2;
    private final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<Void>> inFlight = new java.util.ArrayDeque<>();
}
