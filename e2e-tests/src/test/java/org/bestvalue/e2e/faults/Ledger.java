package org.bestvalue.e2e.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.bestvalue.e2e.Suite;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What reached Kafka during a fault test: every record of the scoring topic and the three dead-letter
 * topics from the moment the ledger opened (it survives the broker going away and coming back).
 */
final class Ledger implements AutoCloseable {
    static final List<String> TOPICS = List.of("bv.scoring.events", "bv.scoring.dlq", "bv.action.dlq", "bv.reporting.dlq");
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    Ledger() {
        consumer = Suite.kafkaConsumer();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String t : TOPICS) consumer.partitionsFor(t, Duration.ofSeconds(30)).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Reads until {@code done} holds for what was seen, or the time is up. */
    List<ConsumerRecord<String, String>> readUntil(Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            try {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            } catch (RuntimeException brokerAway) {
                ScoringRoundLoad.sleep(500);
            }
        } while (!done.test(seen) && Instant.now().isBefore(deadline));
        return seen;
    }

    /** Distinct ScoreRecorded events of the round, by event id. */
    List<JsonNode> scoresRecorded(String roundId) {
        return seen.stream().filter(r -> r.topic().equals("bv.scoring.events")).map(r -> parse(r.value())).filter(e -> e != null
                        && "ScoreRecorded".equals(e.path("type").asText()) && roundId.equals(e.path("data").path("roundId").asText()))
                .toList();
    }

    /** Dead letters that mention the cycle or round (their records keep the original value). */
    List<ConsumerRecord<String, String>> deadLettersOf(String cycleId, String roundId) {
        return seen.stream().filter(r -> r.topic().endsWith(".dlq"))
                .filter(r -> r.value() != null && (r.value().contains(cycleId) || r.value().contains(roundId))).toList();
    }

    private static JsonNode parse(String value) {
        try {
            return Http.JSON.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
