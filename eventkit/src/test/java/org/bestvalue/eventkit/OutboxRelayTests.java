package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bestvalue.eventkit.relay.OutboxRelay;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At-least-once publication through the outbox, against the real PostgreSQL and a real Kafka broker. */
@QuarkusTest
class OutboxRelayTests {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "kit.test.events";

    @Inject
    EventStore store;
    @Inject
    OutboxRelay relay;
    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    private final CommandContext ctx = CommandContext.of("demo-borough", "planner-7", Instant.parse("2024-05-08T10:00:00Z"));

    @BeforeEach
    void drainWhatEarlierTestsLeft() {
        while (relay.relayOnce() > 0) {
            // earlier tests' events go out first
        }
    }

    private NewEvent event(int n) {
        return new NewEvent(UUID.randomUUID(), "Counted", 1, mapper.createObjectNode().put("n", n));
    }

    @Test
    void eventsCommittedWhileTheRelayWasDownOrCrashedBeforeDeletingAreAllPublishedInStreamOrder() {
        // The relay is stopped: the appends commit, nothing is sent.
        List<String> streams = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Set<UUID> appended = new HashSet<>();
        for (int version = 0; version < 5; version++) {
            for (String s : streams) {
                AppendResult r = store.append(ctx, new StreamId("counter", s), version, List.of(event(version + 1)))
                        .await().atMost(WAIT);
                appended.add(r.events().get(0).eventId());
            }
        }
        assertEquals(15L, relay.backlog().await().atMost(WAIT));

        // It restarts, sends everything, and crashes after Kafka's acknowledgement but before the delete.
        assertThrows(RuntimeException.class, () -> relay.relayOnce(sent -> {
            throw new IllegalStateException("crash after send, before the outbox delete");
        }));
        assertEquals(15L, relay.backlog().await().atMost(WAIT), "nothing is marked sent by a crashed pass");

        // Restarted again: it resends from the outbox and this time completes.
        assertEquals(15, relay.relayOnce());
        assertEquals(0L, relay.backlog().await().atMost(WAIT));

        List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(TOPIC, WAIT,
                seen -> idsOf(seen, streams).containsAll(appended));
        assertTrue(idsOf(records, streams).containsAll(appended), "every stored event reached Kafka at least once");

        Map<String, List<Long>> versionsPerKey = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (!streams.contains(r.key())) continue;
            JsonNode ce = KafkaTopics.cloudEvent(r);
            versionsPerKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(ce.get("streamversion").asLong());
        }
        for (String s : streams) {
            List<Long> versions = versionsPerKey.get(s);
            // At least once: the crashed pass's copies come first, then the resend; each run is in order.
            List<Long> deduplicatedInOrder = versions.stream().distinct().toList();
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), deduplicatedInOrder, "stream " + s + " in order on its key");
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1) || versions.get(i) == 1L,
                        "a key's versions only go back when a resend starts over: " + versions);
            }
        }
    }

    @Test
    void anEventWhoseTransactionCommitsAfterAHigherNumberedOneIsStillPublished() {
        String slowStream = UUID.randomUUID().toString();
        String fastStream = UUID.randomUUID().toString();

        // The slow transaction takes its position first and stays open.
        SqlConnection slow = pool.getConnection().await().atMost(WAIT);
        Transaction slowTx = slow.begin().await().atMost(WAIT);
        AppendResult slowAppend = store.appendInTransaction(slow, ctx, new StreamId("counter", slowStream),
                EventStore.NO_STREAM, List.of(event(1)), InlineProjection.NONE).await().atMost(WAIT);

        // A later transaction takes a higher position and commits at once; the relay publishes it.
        AppendResult fastAppend = store.append(ctx, new StreamId("counter", fastStream), EventStore.NO_STREAM,
                List.of(event(2))).await().atMost(WAIT);
        assertEquals(1, relay.relayOnce(), "only the committed event is visible to the relay");

        // Now the slow one commits, behind the position the relay has already passed.
        slowTx.commit().await().atMost(WAIT);
        slow.close().await().atMost(WAIT);
        assertEquals(1, relay.relayOnce(), "the late committer is published, not skipped");

        UUID slowId = slowAppend.events().get(0).eventId();
        UUID fastId = fastAppend.events().get(0).eventId();
        List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(TOPIC, WAIT,
                seen -> idsOf(seen, List.of(slowStream, fastStream)).containsAll(Set.of(slowId, fastId)));
        assertTrue(idsOf(records, List.of(slowStream, fastStream)).containsAll(Set.of(slowId, fastId)));
    }

    @Test
    void publishedRecordsAreStructuredCloudEventsKeyedByStream() {
        String stream = UUID.randomUUID().toString();
        store.append(ctx, new StreamId("counter", stream), EventStore.NO_STREAM, List.of(event(1))).await().atMost(WAIT);
        relay.relayOnce();
        List<ConsumerRecord<String, String>> records = KafkaTopics.readUntil(TOPIC, WAIT,
                seen -> seen.stream().anyMatch(r -> stream.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> stream.equals(r.key())).findFirst().orElseThrow();
        JsonNode ce = KafkaTopics.cloudEvent(record);
        assertEquals("1.0", ce.get("specversion").asText());
        assertEquals("Counted", ce.get("type").asText());
        assertEquals("/bestvalue/eventkit-tests", ce.get("source").asText());
        assertEquals(stream, ce.get("subject").asText());
        assertEquals("demo-borough", ce.get("council").asText());
        assertEquals("planner-7", ce.get("actor").asText());
        assertEquals(1, ce.get("data").get("n").asInt());
        assertEquals(CloudEvents.CONTENT_TYPE, new String(record.headers().lastHeader("content-type").value()));
    }

    private Set<UUID> idsOf(List<ConsumerRecord<String, String>> records, List<String> keys) {
        Set<UUID> ids = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            if (keys.contains(r.key())) ids.add(UUID.fromString(KafkaTopics.cloudEvent(r).get("id").asText()));
        }
        return ids;
    }

    private NewEvent bulky(int bytes) {
        return new NewEvent(UUID.randomUUID(), "Counted", 1, mapper.createObjectNode().put("n", 0).put("text", "x".repeat(bytes)));
    }

    @Test
    void aStreamWhoseEventFailsStopsThereWhileOtherStreamsArePublishedAndItsLaterEventsWait() {
        String stuck = UUID.randomUUID().toString();
        String fine = UUID.randomUUID().toString();
        // The second event of "stuck" is bigger than the producer's record limit in the test settings.
        UUID first = store.append(ctx, new StreamId("counter", stuck), 0, List.of(event(1))).await().atMost(WAIT).events().get(0).eventId();
        store.append(ctx, new StreamId("counter", stuck), 1, List.of(bulky(300_000))).await().atMost(WAIT);
        UUID third = store.append(ctx, new StreamId("counter", stuck), 2, List.of(event(3))).await().atMost(WAIT).events().get(0).eventId();
        store.append(ctx, new StreamId("counter", fine), 0, List.of(event(1), event(2))).await().atMost(WAIT);

        OutboxRelay.PartialPass partial = assertThrows(OutboxRelay.PartialPass.class, () -> relay.relayOnce());
        assertEquals(3, partial.published, "stuck's first event and both of fine's");
        assertEquals(2L, relay.backlog().await().atMost(WAIT), "the failed event and the one after it wait in the outbox");

        List<ConsumerRecord<String, String>> onKafka = KafkaTopics.readUntil(TOPIC, WAIT,
                seen -> seen.stream().filter(r -> fine.equals(r.key())).count() >= 2);
        List<String> stuckIds = onKafka.stream().filter(r -> stuck.equals(r.key())).map(r -> KafkaTopics.cloudEvent(r).path("id").asText()).toList();
        assertEquals(List.of(first.toString()), stuckIds, "nothing of the stuck stream after the failed event reached Kafka");
        assertTrue(onKafka.stream().noneMatch(r -> r.value().contains(third.toString())));

        // Operator removes the poison row (or a fix raises the limit): the stream resumes in order.
        pool.query("DELETE FROM outbox WHERE position = (SELECT min(position) FROM outbox)").execute().await().atMost(WAIT);
        assertEquals(1, relay.relayOnce());
        assertEquals(0L, relay.backlog().await().atMost(WAIT));
    }

    @Test
    void anEventOverTheSizeLimitIsRefusedAtAppendAndNeverReachesTheOutbox() {
        String stream = UUID.randomUUID().toString();
        RuleViolation refused = assertThrows(RuleViolation.class, () ->
                store.append(ctx, new StreamId("counter", stream), 0, List.of(bulky(1_000_000))).await().atMost(WAIT));
        assertEquals(413, refused.status());
        assertEquals("event-too-large", refused.code());
        assertTrue(refused.getMessage().contains("900000"), refused.getMessage());
        assertEquals(0L, store.currentVersion("demo-borough", new StreamId("counter", stream)).await().atMost(WAIT));
        assertEquals(0L, relay.backlog().await().atMost(WAIT));
    }
}
