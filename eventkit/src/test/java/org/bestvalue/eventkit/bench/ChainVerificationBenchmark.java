package org.bestvalue.eventkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;


import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;


import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.ChainBackfill;
import org.bestvalue.eventkit.store.ChainVerification;
import org.bestvalue.eventkit.store.ChainVerifier;
import org.bestvalue.eventkit.store.EventChain;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.eventkit.testing.PostgresDatabase;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Times the event store's chain verification (and the migration's back-fill) on a throwaway database filled with
 * generated events: 1,000,000 by default, in streams of 10, each with a data payload the size of an ActionPlanned.
 * Not a test: build the classpath with
 * {@code mvn -B -o -q -pl eventkit-testing,eventkit test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test}, then run
 * {@code java -cp eventkit/target/test-classes:eventkit/target/classes:$(cat eventkit/target/bench.classpath)
 * org.bestvalue.eventkit.bench.ChainVerificationBenchmark} (options before {@code -cp}: {@code -Dbench.events=},
 * {@code -Dbench.streamLength=}, {@code -Dbench.backfill=false}, {@code -Dbench.tamper=false},
 * {@code -Dbench.fill=false} to time the database of the last run again). It drops and refills
 * database {@code bv_eventkit_chain_bench} (plus {@code BV_TEST_DB_SUFFIX}).
 */
public final class ChainVerificationBenchmark {
    private static final int BATCH = 5000;

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        int streamLength = Integer.getInteger("bench.streamLength", 10);
        boolean backfill = Boolean.parseBoolean(System.getProperty("bench.backfill", "true"));
        boolean tamper = Boolean.parseBoolean(System.getProperty("bench.tamper", "true"));
        boolean fill = Boolean.parseBoolean(System.getProperty("bench.fill", "true"));
        String database = "bv_eventkit_chain_bench" + System.getenv().getOrDefault("BV_TEST_DB_SUFFIX", "");
        BenchDatabase db = BenchDatabase.open(database, 4);
        String host = db.host();
        int port = db.port();
        Pool pool = db.pool();
        ObjectMapper mapper = new ObjectMapper();
        try {
            System.out.printf("Chain verification benchmark: %,d events in streams of %d, PostgreSQL %s:%d (database %s), "
                    + "%d processors, load average %.1f%n", events, streamLength, host, port, database,
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (fill) {
                resetSchema(pool);
                long t0 = System.nanoTime();
                fill(pool, mapper, events, streamLength);
                pool.query("VACUUM ANALYZE events").execute().await().indefinitely();
                System.out.printf("%-44s %10.1f s%n", "fill (append-time hashes, batched inserts)", seconds(t0));
            }
            String size = pool.query("SELECT pg_size_pretty(pg_total_relation_size('events')) AS s").execute().await().indefinitely()
                    .iterator().next().getString("s");
            System.out.printf("%-44s %12s%n", "events table with indexes", size);

            ChainVerifier verifier = new ChainVerifier(pool, new EventStore(pool, mapper));
            long cpu = processCpuNanos();
            ChainVerification.Report clean = verifier.verify();
            print("verify, untouched", clean);
            System.out.printf("%-44s %10.1f s  (this JVM's CPU time during the verification; the rest is PostgreSQL and waiting)%n",
                    "  of which CPU in the verifier", (processCpuNanos() - cpu) / 1e9);

            if (tamper) {
                pool.query("UPDATE events SET data = jsonb_set(data, '{description}', '\"changed behind the service''s back\"') "
                        + "WHERE position = (SELECT max(position) / 2 FROM events)").execute().await().indefinitely();
                ChainVerification.Report tampered = verifier.verify();
                print("verify, one payload changed", tampered);
                if (!tampered.breaks().isEmpty()) System.out.println("  break: " + tampered.breaks().get(0));
            }

            if (backfill) {
                pool.query("ALTER TABLE events ALTER COLUMN chain_previous DROP NOT NULL, ALTER COLUMN chain_hash DROP NOT NULL")
                        .execute().await().indefinitely();
                pool.query("UPDATE events SET chain_previous = NULL, chain_hash = NULL").execute().await().indefinitely();
                pool.query("VACUUM ANALYZE events").execute().await().indefinitely();
                long t1 = System.nanoTime();
                long chained;
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
                        PostgresDatabase.ROLE, PostgresDatabase.ROLE)) {
                    c.setAutoCommit(false);
                    chained = ChainBackfill.chainEveryStream(c);
                    c.commit();
                }
                System.out.printf("%-44s %10.1f s  (%,d events, %,.0f events/s)%n", "back-fill (migration V6) of an unchained store",
                        seconds(t1), chained, chained / seconds(t1));
            }
        } finally {
            db.close();
        }
    }

    private static void print(String what, ChainVerification.Report r) {
        System.out.printf("%-44s %10.1f s  (%,d events, %,d streams, %,d broken, %,.0f events/s)%n", what, r.tookMillis() / 1000.0,
                r.events(), r.streams(), r.brokenStreams(), r.events() / Math.max(0.001, r.tookMillis() / 1000.0));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    // Streams interleaved as a live store's are: event k of every stream before event k+1 of any.
    private static void fill(Pool pool, ObjectMapper mapper, int total, int streamLength) {
        int streams = Math.max(1, total / streamLength);
        String[] ids = new String[streams];
        String[] heads = new String[streams];
        for (int s = 0; s < streams; s++) {
            ids[s] = UUID.randomUUID().toString();
            heads[s] = EventChain.GENESIS;
        }
        Instant start = Instant.parse("2024-04-01T09:00:00Z");
        List<EventEnvelope> batch = new ArrayList<>(BATCH);
        int written = 0;
        for (int v = 1; written < total; v++) {
            for (int s = 0; s < streams && written < total; s++, written++) {
                ObjectNode data = mapper.createObjectNode().put("actionId", ids[s]).put("opportunityId", UUID.randomUUID().toString())
                        .put("cycleId", "cycle-2024").put("characteristicCode", "CI0" + (10 + s % 40))
                        .put("description", "Adopt a benchmarking set for every service plan, step " + v)
                        .put("serviceArea", "Corporate Policy and Performance").put("indicativeTimeline", "2024-Q3");
                data.putArray("officers").add("5c1b7e0e-officer-sub");
                EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "ActionPlanned", 1, "council-" + (s % 20), "action", ids[s], v,
                        start.plusSeconds(written), "3f2e1d0c-planner-sub", UUID.randomUUID().toString(), null, data);
                String hash = EventChain.hash(e, heads[s]);
                batch.add(e.withChain(heads[s], hash));
                heads[s] = hash;
                if (batch.size() == BATCH) {
                    insert(pool, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) insert(pool, batch);
    }

    private static void insert(Pool pool, List<EventEnvelope> batch) {
        pool.preparedQuery("""
                        INSERT INTO events (event_id, council_id, stream_type, stream_id, stream_version, event_type, schema_version,
                                            occurred_at, actor, correlation_id, causation_id, data, chain_previous, chain_hash)
                        SELECT id, council, stype, sid, v, etype, sv, at, actor, corr, cause, data::jsonb, prev, hash
                        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::int[],
                                    $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
                             AS e(id, council, stype, sid, v, etype, sv, at, actor, corr, cause, data, prev, hash)
                        """)
                .execute(Tuple.tuple()
                        .addArrayOfUUID(batch.stream().map(EventEnvelope::eventId).toArray(UUID[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::councilId).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::streamType).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::streamId).toArray(String[]::new))
                        .addArrayOfLong(batch.stream().map(EventEnvelope::streamVersion).toArray(Long[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::type).toArray(String[]::new))
                        .addArrayOfInteger(batch.stream().map(EventEnvelope::schemaVersion).toArray(Integer[]::new))
                        .addArrayOfOffsetDateTime(batch.stream().map(e -> OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                                .toArray(OffsetDateTime[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::actor).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::correlationId).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::causationId).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(e -> e.data().toString()).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::chainPrevious).toArray(String[]::new))
                        .addArrayOfString(batch.stream().map(EventEnvelope::chainHash).toArray(String[]::new)))
                .await().indefinitely();
    }

    private static void resetSchema(Pool pool) throws Exception {
        pool.query("DROP TABLE IF EXISTS processed_events, outbox, events CASCADE").execute().await().indefinitely();
        for (String migration : List.of("V1__event_store.sql", "V5__event_chain.sql", "V7__event_chain_required.sql")) {
            try (InputStream in = ChainVerificationBenchmark.class.getResourceAsStream("/db/eventkit/" + migration)) {
                pool.query(new String(in.readAllBytes(), StandardCharsets.UTF_8)).execute().await().indefinitely();
            }
        }
    }
}
