package org.bestvalue.eventkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** Plain Kafka clients for tests: what an outside subscriber or publisher would do, none of the services' code. */
public final class KafkaTopics {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KafkaTopics() {
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /**
     * Reads a topic from the beginning of every partition until {@code enough} holds for what was read,
     * or the timeout passes; returns everything read, in partition-then-offset order.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Duration timeout,
                                                                  Predicate<List<ConsumerRecord<String, String>>> enough) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null) infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                if (partitions.isEmpty()) sleep();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (enough.test(seen)) break;
            }
        }
        return seen;
    }

    /**
     * Reads a dead-letter topic until the record of {@code key} is there and asserts that its reason (the
     * {@code dead-letter-reason} header the channel wrote) says {@code reasonSays}; answers the record.
     */
    public static ConsumerRecord<String, String> deadLettered(String topic, Duration timeout, String key, String reasonSays) {
        ConsumerRecord<String, String> dead = readUntil(topic, timeout, seen -> seen.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError(key + " was not dead-lettered on " + topic + " within " + timeout));
        Header header = dead.headers().lastHeader("dead-letter-reason");
        String reason = header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        if (!reason.contains(reasonSays)) throw new AssertionError("The reason of " + key + " does not say '" + reasonSays + "': " + reason);
        return dead;
    }

    /** A record's value as the structured CloudEvent (JSON) every service publishes; not JSON fails the test. */
    public static JsonNode cloudEvent(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("not a structured CloudEvent: " + record.value(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
