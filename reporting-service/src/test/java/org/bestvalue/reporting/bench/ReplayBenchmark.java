package org.bestvalue.reporting.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.testing.KafkaBroker;
import org.bestvalue.eventkit.testing.PostgresDatabase;
import org.bestvalue.reporting.CouncilHistory;
import org.bestvalue.reporting.projection.GenerationTables;
import org.bestvalue.reporting.projection.Replay;
import org.flywaydb.core.Flyway;

import java.util.List;
import java.util.Properties;

/**
 * Benchmark (not a test): generates at least a million suite events — councils' 2024 and 2025
 * self-assessments as the other services publish them — onto three topics of a real Kafka broker, then
 * rebuilds the read models from them through the service's own projection code into PostgreSQL and
 * prints the replay rate in events per second.
 *
 * <p>Run it as the module README says. Arguments: {@code [events, default 1000000] [batch events, default 2000]}.
 * {@code BV_KAFKA} names an existing broker; without it a broker starts inside this JVM.
 */
public final class ReplayBenchmark {
    static final List<String> TOPICS = List.of("bench.assessment.events", "bench.scoring.events", "bench.action.events");

    public static void main(String[] args) throws Exception {
        long wanted = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String kafka = System.getenv().getOrDefault("BV_KAFKA", "");
        if (kafka.isBlank()) kafka = KafkaBroker.bootstrapServers();
        String host = System.getenv().getOrDefault("BV_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("BV_DB_PORT", "5432");
        String database = "bv_reporting_bench";
        PostgresDatabase.ensureDatabase(host, port, database);
        Flyway.configure().dataSource("jdbc:postgresql://" + host + ":" + port + "/" + database, PostgresDatabase.ROLE,
                        PostgresDatabase.ROLE)
                .locations("classpath:db/eventkit", "classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource("jdbc:postgresql://" + host + ":" + port + "/" + database, PostgresDatabase.ROLE,
                PostgresDatabase.ROLE).locations("classpath:db/eventkit", "classpath:db/migration").load().migrate();

        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> topics = TOPICS.stream().map(t -> t + "." + run).toList();
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin a = Admin.create(admin)) {
            a.createTopics(topics.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get();
        }

        ObjectMapper mapper = new ObjectMapper();
        long produced = 0;
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.ACKS_CONFIG, "1");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (int council = 0; produced < wanted; council++) {
                CouncilHistory h = new CouncilHistory("bench-council-" + council).year2024().year2025().publish2024();
                for (EventEnvelope e : h.events()) {
                    String topic = topics.get(TOPICS.indexOf(CouncilHistory.topicOf(e.type()).replace("bv.", "bench.")));
                    producer.send(new ProducerRecord<>(topic, e.streamId(), h.json(e)));
                    produced++;
                }
                if (council % 250 == 0) System.out.printf("generated %,d events (%d councils)%n", produced, council + 1);
            }
            producer.flush();
        }
        double produceSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Published %,d events to %s in %.1f s (%,.0f events/s)%n", produced, topics, produceSeconds,
                produced / produceSeconds);

        Vertx vertx = Vertx.vertx();
        Pool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(Integer.parseInt(port))
                        .setDatabase(database).setUser(PostgresDatabase.ROLE).setPassword(PostgresDatabase.ROLE)
                        .setPipeliningLimit(256),
                new PoolOptions().setMaxSize(4));
        try {
            Replay replay = new Replay(kafka, topics, pool, mapper, batch);
            // As a rebuild does: the generation's own tables, the replay into them, then their indexes and the attach.
            int generation = 2;
            long r0 = System.nanoTime();
            GenerationTables.create(pool, generation);
            long replayed = replay.into(generation);
            long a0 = System.nanoTime();
            GenerationTables.attach(pool, generation);
            double attachSeconds = (System.nanoTime() - a0) / 1e9;
            double seconds = (System.nanoTime() - r0) / 1e9;
            long rows = 0;
            for (String table : List.of("framework_versions", "themes", "characteristics", "framework_mappings", "cycles",
                    "cycle_milestones", "scoring_rounds", "score_history", "action_history")) {
                rows += pool.query("SELECT count(*) FROM " + table).execute().await().indefinitely().iterator().next().getLong(0);
            }
            System.out.printf("%nREPLAY: %,d events (%,d skipped) -> %,d read-model rows in %.1f s = %,.0f events/s"
                            + " (batch %d events, %d cores)%n", replayed, replay.skipped.get(), rows, seconds,
                    replayed / seconds, batch, Runtime.getRuntime().availableProcessors());
            System.out.printf("  of which: polling Kafka %.1f s, parsing+projecting+queueing %.1f s (incl. waiting for"
                    + " PostgreSQL %.1f s), indexing and attaching %.1f s%n", replay.pollNanos / 1e9, replay.projectNanos / 1e9,
                    replay.writeWaitNanos / 1e9, attachSeconds);
        } finally {
            pool.close().await().indefinitely();
            vertx.close().await().indefinitely();
        }
        System.exit(0);
    }
}
