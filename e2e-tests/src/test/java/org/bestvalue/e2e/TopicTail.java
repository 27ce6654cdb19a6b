package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a topic of the launched Kafka from "now" on, with a plain consumer (no group: it assigns every
 * partition itself), and finds the CloudEvent a test caused.
 */
public final class TopicTail implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;

    private TopicTail(String topic) {
        consumer = Suite.kafkaConsumer();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) throw new IllegalStateException("topic " + topic + " does not exist");
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, before the test writes
    }

    /** Starts reading {@code topic} at its current end. */
    public static TopicTail tail(String topic) {
        return new TopicTail(topic);
    }

    /** The first CloudEvent after the start that matches, waiting up to {@code timeout}. */
    public Optional<JsonNode> find(Predicate<JsonNode> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                try {
                    JsonNode event = JSON.readTree(record.value());
                    if (match.test(event)) return Optional.of(event);
                } catch (Exception ignored) {
                    // not a JSON CloudEvent: not ours
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
