package org.bestvalue.eventkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;



import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.ConcurrencyConflict;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.StreamId;
import org.bestvalue.eventkit.store.EventStore;


import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints the event store's append rate next to bare single-row INSERT transactions on the same
 * PostgreSQL at the same concurrency. Not a test: run it with
 * {@code mvn -pl eventkit test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.bestvalue.eventkit.bench.EventStoreBenchmark}
 * (optional {@code -Dbench.seconds=5}).
 */
public final class EventStoreBenchmark {
    private static final String DATABASE = "bv_eventkit_bench";

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 5);
        BenchDatabase db = BenchDatabase.open(DATABASE, 10);
        String host = db.host();
        int port = db.port();
        Pool pool = db.pool();
        try {
            resetSchema(pool);
            ObjectMapper mapper = new ObjectMapper();
            EventStore store = new EventStore(pool, mapper);
            Duration run = Duration.ofSeconds(seconds);

            System.out.printf("Event store benchmark: %d s per case, PostgreSQL %s:%d, 2 cores shared with the server%n",
                    seconds, host, port);
            System.out.printf("%-34s %8s %12s %12s %10s%n", "case", "writers", "ops/s", "conflicts", "vs INSERT");
            for (int writers : new int[]{1, 8}) {
                double insert = measure(writers, run, w -> () -> {
                    pool.preparedQuery("INSERT INTO bench_rows (payload) VALUES ($1)")
                            .execute(Tuple.of("{\"note\":\"x\"}")).await().indefinitely();
                    return true;
                }, new AtomicLong());
                System.out.printf("%-34s %8d %12.0f %12s %10s%n", "bare single-row INSERT tx", writers, insert, "-", "1.00");

                double distinct = measure(writers, run, w -> {
                    StreamId stream = new StreamId("bench", UUID.randomUUID().toString());
                    long[] version = {0};
                    return () -> {
                        store.append(ctx(), stream, version[0], List.of(event(mapper))).await().indefinitely();
                        version[0]++;
                        return true;
                    };
                }, new AtomicLong());
                System.out.printf("%-34s %8d %12.0f %12s %10.2f%n", "append, one stream per writer", writers, distinct, "-",
                        distinct / insert);

                AtomicLong conflicts = new AtomicLong();
                StreamId hot = new StreamId("bench-hot", UUID.randomUUID().toString());
                double hotRate = measure(writers, run, w -> () -> {
                    long read = store.currentVersion("bench", hot).await().indefinitely();
                    try {
                        store.append(ctx(), hot, read, List.of(event(mapper))).await().indefinitely();
                        return true;
                    } catch (ConcurrencyConflict c) {
                        conflicts.incrementAndGet();
                        return false;
                    }
                }, conflicts);
                System.out.printf("%-34s %8d %12.0f %12d %10.2f%n", "append, one hot stream (read+append)", writers,
                        hotRate, conflicts.get(), hotRate / insert);
            }
        } finally {
            db.close();
        }
    }

    interface Op {
        boolean run();
    }

    interface OpFactory {
        Op forWriter(int writer);
    }

    /** Runs the operation on {@code writers} threads for the duration; returns successful operations per second. */
    private static double measure(int writers, Duration run, OpFactory factory, AtomicLong ignored) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + run.toNanos();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Op op = factory.forWriter(w);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    if (op.run()) ok.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static CommandContext ctx() {
        return CommandContext.of("bench", "bench-user", Instant.now());
    }

    private static NewEvent event(ObjectMapper mapper) {
        return new NewEvent(UUID.randomUUID(), "BenchmarkEvent", 1, mapper.createObjectNode().put("note", "x"));
    }

    private static void resetSchema(Pool pool) throws Exception {
        pool.query("DROP TABLE IF EXISTS processed_events, outbox, events, idempotency_keys, bench_rows CASCADE").execute().await().indefinitely();
        for (String migration : List.of("V1__event_store.sql", "V4__idempotency_keys.sql", "V5__event_chain.sql", "V7__event_chain_required.sql",
                "V8__outbox_without_foreign_key.sql")) {
            try (InputStream in = EventStoreBenchmark.class.getResourceAsStream("/db/eventkit/" + migration)) {
                pool.query(new String(in.readAllBytes(), StandardCharsets.UTF_8)).execute().await().indefinitely();
            }
        }
        pool.query("CREATE TABLE bench_rows (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)").execute().await().indefinitely();
    }
}
