package org.bestvalue.eventkit;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.store.EventChain;
import org.bestvalue.eventkit.store.EventStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Optimistic concurrency of the event store against the real PostgreSQL. */
@QuarkusTest
class EventStoreConcurrencyTests {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventStore store;

    private final CommandContext ctx = CommandContext.of("demo-borough", "user-1", Instant.parse("2024-06-10T09:00:00Z"));

    @Test
    void fiftyConcurrentAppendsAtTheSameVersionLetExactlyOneWin() throws Exception {
        StreamId stream = new StreamId("race", UUID.randomUUID().toString());
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(NoteTaken.of("first"))).await().atMost(WAIT);

        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            writers.add(() -> {
                try {
                    return store.append(ctx, stream, 1, List.of(NoteTaken.of("writer " + n))).await().atMost(WAIT);
                } catch (Exception e) {
                    return e;
                }
            });
        }
        List<Object> outcomes = runAll(writers);

        long wins = outcomes.stream().filter(o -> o instanceof AppendResult).count();
        List<Object> losses = outcomes.stream().filter(o -> !(o instanceof AppendResult)).toList();
        assertEquals(1, wins, "exactly one writer appends version 2");
        assertEquals(49, losses.size());
        for (Object loss : losses) {
            ConcurrencyConflict conflict = assertInstanceOf(ConcurrencyConflict.class, loss);
            assertEquals(2, conflict.currentVersion(), "a loser learns the version that won");
        }
        assertStreamIsGapFree(stream, 2);
    }

    @Test
    void fiftyWritersThatRetryOnConflictProduceAGapFreeStreamWithoutDuplicates() throws Exception {
        StreamId stream = new StreamId("race", UUID.randomUUID().toString());
        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            writers.add(() -> {
                NewEvent mine = NoteTaken.of("writer " + n);
                while (true) {
                    long read = store.currentVersion(ctx.councilId(), stream).await().atMost(WAIT);
                    try {
                        return store.append(ctx, stream, read, List.of(mine)).await().atMost(WAIT);
                    } catch (ConcurrencyConflict retry) {
                        // read again and retry, as a client does after a 409
                    }
                }
            });
        }
        runAll(writers);
        List<EventEnvelope> events = assertStreamIsGapFree(stream, 50);
        Set<String> notes = events.stream().map(e -> e.data().get("note").asText()).collect(Collectors.toSet());
        assertEquals(50, notes.size(), "every writer's event is stored once");
    }

    @Test
    void aStaleAppendWritesNothing() {
        StreamId stream = new StreamId("stale", UUID.randomUUID().toString());
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(NoteTaken.of("a"), NoteTaken.of("b"))).await().atMost(WAIT);
        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class,
                () -> store.append(ctx, stream, 1, List.of(NoteTaken.of("c"), NoteTaken.of("d"))).await().atMost(WAIT));
        assertEquals(2, conflict.currentVersion());
        assertStreamIsGapFree(stream, 2);
    }

    @Test
    void reAppendingTheSameEventIdsIsANoOp() {
        StreamId stream = new StreamId("retry", UUID.randomUUID().toString());
        List<NewEvent> once = List.of(NoteTaken.of("only once"));
        AppendResult first = store.append(ctx, stream, EventStore.NO_STREAM, once).await().atMost(WAIT);
        AppendResult again = store.append(ctx, stream, EventStore.NO_STREAM, once).await().atMost(WAIT);
        assertTrue(again.duplicate());
        assertEquals(first.version(), again.version());
        assertStreamIsGapFree(stream, 1);
    }

    @Test
    void anotherCouncilCannotAppendToOrReadAStream() {
        StreamId stream = new StreamId("tenant", UUID.randomUUID().toString());
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(NoteTaken.of("mine"))).await().atMost(WAIT);
        CommandContext other = CommandContext.of("other-district", "user-9", ctx.now());
        assertThrows(NotFound.class, () -> store.append(other, stream, EventStore.ANY_VERSION, List.of(NoteTaken.of("theirs")))
                .await().atMost(WAIT));
        assertTrue(store.load("other-district", stream).await().atMost(WAIT).isEmpty());
    }

    @Test
    void everyEventRecordsItsActorAndCouncil() {
        StreamId stream = new StreamId("audit", UUID.randomUUID().toString());
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(NoteTaken.of("x"))).await().atMost(WAIT);
        EventEnvelope stored = store.load("demo-borough", stream).await().atMost(WAIT).get(0);
        assertEquals("user-1", stored.actor());
        assertEquals("demo-borough", stored.councilId());
        assertEquals(ctx.now(), stored.occurredAt());
    }

    private List<EventEnvelope> assertStreamIsGapFree(StreamId stream, long expectedLength) {
        List<EventEnvelope> events = store.load(ctx.councilId(), stream).await().atMost(WAIT);
        assertEquals(LongStream.rangeClosed(1, expectedLength).boxed().toList(),
                events.stream().map(EventEnvelope::streamVersion).toList(), "versions 1..n, no gap, no duplicate");
        // The winners' hash chain: each event follows the chain hash actually stored before it, and recomputes.
        String previous = EventChain.GENESIS;
        for (EventEnvelope e : events) {
            assertEquals(previous, e.chainPrevious(), "version " + e.streamVersion() + " links to its stored predecessor");
            assertEquals(EventChain.hash(e, previous), e.chainHash(), "version " + e.streamVersion() + " recomputes");
            previous = e.chainHash();
        }
        return events;
    }

    private static List<Object> runAll(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : pool.invokeAll(tasks)) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unused")
    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }
}
