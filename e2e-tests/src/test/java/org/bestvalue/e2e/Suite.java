package org.bestvalue.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.util.List;
import java.util.Properties;

/**
 * Where the launched suite answers. Defaults are the local launcher's ports; each can be overridden with a
 * system property ({@code -Dbv.url.assessment-service=http://host:8081}, {@code -Dbv.kafka=host:9092},
 * {@code -Dbv.keycloak.url=http://host:8180}).
 */
public final class Suite {
    public static final List<String> SERVICES = List.of("assessment-service", "scoring-service", "action-service", "reporting-service");

    private Suite() {
    }

    public static String url(String service) {
        String fallback = switch (service) {
            case "assessment-service" -> "http://localhost:8081";
            case "scoring-service" -> "http://localhost:8082";
            case "action-service" -> "http://localhost:8083";
            case "reporting-service" -> "http://localhost:8084";
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
        return System.getProperty("bv.url." + service, fallback);
    }

    public static String assessment() {
        return url("assessment-service");
    }

    public static String kafka() {
        return System.getProperty("bv.kafka", "localhost:9092");
    }

    /** A consumer of the launched broker as an outside subscriber reads it: strings, committed records only, no group. */
    public static KafkaConsumer<String, String> kafkaConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p);
    }
}
