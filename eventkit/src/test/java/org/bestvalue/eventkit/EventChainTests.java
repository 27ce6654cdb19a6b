package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bestvalue.eventkit.relay.OutboxRelay;
import org.bestvalue.eventkit.store.ChainBackfill;
import org.bestvalue.eventkit.store.ChainVerification;
import org.bestvalue.eventkit.store.ChainVerifier;
import org.bestvalue.eventkit.store.EventChain;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event store's hash chain on the real PostgreSQL and Kafka: as appended, as published, as back-filled. */
@QuarkusTest
class EventChainTests {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventStore store;
    @Inject
    OutboxRelay relay;
    @Inject
    ChainVerifier verifier;
    @Inject
    Pool pool;
    @Inject
    AgroalDataSource dataSource;

    // A time with nanoseconds: PostgreSQL keeps microseconds, and the chain must hash what it keeps.
    private final CommandContext ctx = CommandContext.of("demo-borough", "planner-7", Instant.parse("2024-05-08T10:00:00.123456789Z"));

    /** A note with a decimal and an array in its data: the chain hashes their canonical form. */
    private static NewEvent event(String note) {
        return NoteTaken.of(note, data -> data.put("n", 1.50).set("tags", data.arrayNode().add("b").add("a")));
    }

    @Test
    void eachStoredEventLinksToThePreviousEventsStoredHashAndTheStoreVerifiesClean() {
        StreamId stream = new StreamId("chain", UUID.randomUUID().toString());
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(event("a"), event("b"))).await().atMost(WAIT);
        store.append(ctx, stream, 2, List.of(event("c"))).await().atMost(WAIT);

        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT stream_version, chain_previous, chain_hash FROM events WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(stream.id())).await().atMost(WAIT).forEach(rows::add);
        assertEquals(3, rows.size());
        assertEquals(EventChain.GENESIS, rows.get(0).getString("chain_previous"));
        assertEquals(rows.get(0).getString("chain_hash"), rows.get(1).getString("chain_previous"));
        assertEquals(rows.get(1).getString("chain_hash"), rows.get(2).getString("chain_previous"), "the second append chains on the first");

        List<EventEnvelope> read = store.load(ctx.councilId(), stream).await().atMost(WAIT);
        for (EventEnvelope e : read) assertEquals(EventChain.hash(e, e.chainPrevious()), e.chainHash(), "recomputed from what was read back");

        ChainVerification.Report report = verifier.verify();
        assertTrue(report.intact(), report.toString());
        assertTrue(report.events() >= 3 && report.streams() >= 1, report.toString());
    }

    @Test
    void aPublishedCloudEventsAttributesRecomputeToItsChainHashAndLinkToThePreviousOne() {
        while (relay.relayOnce() > 0) {
            // earlier tests' events go out first
        }
        String id = UUID.randomUUID().toString();
        StreamId stream = new StreamId("chain", id);
        store.append(ctx, stream, EventStore.NO_STREAM, List.of(event("first"))).await().atMost(WAIT);
        store.append(ctx, stream, 1, List.of(event("second"))).await().atMost(WAIT);
        while (relay.relayOnce() > 0) {
            // publish both
        }
        List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil("kit.test.events", WAIT,
                seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= 2);
        Map<Long, JsonNode> byVersion = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (!id.equals(r.key())) continue;
            JsonNode ce = KafkaTopics.cloudEvent(r);
            byVersion.put(ce.get("streamversion").asLong(), ce);
        }
        JsonNode first = byVersion.get(1L);
        JsonNode second = byVersion.get(2L);
        assertTrue(EventChain.verifies(first), first.toString());
        assertTrue(EventChain.verifies(second), second.toString());
        assertEquals(EventChain.GENESIS, first.get("chainprevious").asText());
        assertEquals(first.get("chainhash").asText(), second.get("chainprevious").asText(), "the subscriber can follow the chain");
        List<EventEnvelope> stored = store.load(ctx.councilId(), stream).await().atMost(WAIT);
        assertEquals(stored.get(1).chainHash(), second.get("chainhash").asText(), "the published head is the stored one");
    }

    @Test
    void theMigrationChainsEventsStoredBeforeTheChainExactlyAsTheStoreWouldHave() throws Exception {
        StreamId one = new StreamId("legacy", UUID.randomUUID().toString());
        StreamId two = new StreamId("legacy", UUID.randomUUID().toString());
        store.append(ctx, one, EventStore.NO_STREAM, List.of(event("a"), event("b"))).await().atMost(WAIT);
        store.append(ctx, two, EventStore.NO_STREAM, List.of(event("c"))).await().atMost(WAIT);
        store.append(ctx, one, 2, List.of(event("d"))).await().atMost(WAIT);

        // A store as it was before the chain (no hashes), in a schema of its own, inside a transaction rolled back.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA before_chain");
                s.execute("CREATE TABLE before_chain.events AS SELECT * FROM events WHERE stream_id IN ('" + one.id() + "', '" + two.id() + "')");
                s.execute("UPDATE before_chain.events SET chain_previous = NULL, chain_hash = NULL");
                s.execute("SET LOCAL search_path = before_chain");
                assertEquals(4, ChainBackfill.chainEveryStream(c));
                s.execute("SET LOCAL search_path = public");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM before_chain.events b JOIN events e ON e.event_id = b.event_id "
                        + "WHERE b.chain_previous = e.chain_previous AND b.chain_hash = e.chain_hash")) {
                    rs.next();
                    assertEquals(4, rs.getInt(1), "every back-filled hash equals the one the append stored");
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theKitsJavaMigrationRanAtStart() {
        Row v6 = pool.query("SELECT type, success FROM flyway_schema_history WHERE version = '6'").execute().await().atMost(WAIT)
                .iterator().next();
        assertEquals("JDBC", v6.getString("type"));
        assertTrue(v6.getBoolean("success"));
    }
}
