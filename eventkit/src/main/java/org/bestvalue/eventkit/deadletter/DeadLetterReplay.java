package org.bestvalue.eventkit.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bestvalue.eventkit.inbox.EventInbox;
import org.bestvalue.eventkit.inbox.Failures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Re-applies a service's dead letters after a fix. Reads the whole dead-letter topic (no consumer group:
 * nothing is committed or removed), and sends each record through the same inbox and handler as its
 * consumer, so a record applied before — by the consumer or an earlier replay — changes nothing. Safe to
 * run as often as wanted; reports what it did. One replay at a time per service, however many instances
 * run: a replay holds an advisory lock on the service's database, and a second one meanwhile is refused
 * (409 dead-letter-replay-running).
 */
@ApplicationScoped
public class DeadLetterReplay {
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    EventInbox inbox;
    @Inject
    Instance<ReplayableConsumer> consumers;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @ConfigProperty(name = "eventkit.dead-letter-topic")
    Optional<String> deadLetterTopic;

    /** One record that failed again, and why. */
    public record StillFailing(String topic, int partition, long offset, String key, String reason) {
    }

    /** What a replay did. */
    public record Report(String deadLetterTopic, int read, int applied, int alreadyApplied, int noConsumer, List<StillFailing> stillFailing) {
    }

    static final long REPLAY_LOCK = 0x6276_646c_7265_706cL; // "bvdlrepl"

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    public synchronized Report replay() {
        io.vertx.mutiny.sqlclient.SqlConnection connection = pool.getConnection().await().atMost(Duration.ofSeconds(30));
        try {
            boolean locked = connection.preparedQuery("SELECT pg_try_advisory_lock($1) AS locked")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(REPLAY_LOCK)).await().atMost(Duration.ofSeconds(30))
                    .iterator().next().getBoolean("locked");
            if (!locked) {
                throw new org.bestvalue.eventkit.RuleViolation(409, "dead-letter-replay-running", null,
                        "Another instance of this service is replaying its dead letters");
            }
            try {
                return replayAll();
            } finally {
                connection.preparedQuery("SELECT pg_advisory_unlock($1)").execute(io.vertx.mutiny.sqlclient.Tuple.of(REPLAY_LOCK))
                        .await().atMost(Duration.ofSeconds(30));
            }
        } finally {
            connection.closeAndAwait();
        }
    }

    private Report replayAll() {
        String dlq = deadLetterTopic.orElseThrow(() -> new org.bestvalue.eventkit.NotFound("This service consumes no topic, so it has no dead letters"));
        int read = 0, applied = 0, already = 0, unknown = 0;
        List<StillFailing> failing = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = c.partitionsFor(dlq, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofSeconds(1))) {
                    read++;
                    String source = header(r, "dead-letter-topic");
                    // A record without the header (put there by hand, or by another tool) names no consumer: counted, left.
                    ReplayableConsumer target = source == null ? null
                            : consumers.stream().filter(x -> x.topics().contains(source)).findFirst().orElse(null);
                    if (target == null) {
                        unknown++;
                        continue;
                    }
                    try {
                        boolean first = inbox.process(target.consumer(), r.value(), target.handler()).await().atMost(Duration.ofMinutes(2));
                        if (first) applied++;
                        else already++;
                    } catch (RuntimeException e) {
                        failing.add(new StillFailing(source, r.partition(), r.offset(), r.key(), e.getMessage()));
                        if (Failures.isTransient(e)) break;
                    }
                }
            }
        }
        Report report = new Report(dlq, read, applied, already, unknown, failing);
        LOG.infof("Dead-letter replay of %s: %s", dlq, report);
        return report;
    }

    private Properties properties() {
        Properties p = new Properties();
        kafkaConfig.forEach((k, v) -> { if (v != null) p.put(k, v.toString()); });
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return p;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
