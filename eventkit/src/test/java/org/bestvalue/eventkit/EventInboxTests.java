package org.bestvalue.eventkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bestvalue.eventkit.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotent consumption and dead-lettering, through a real Kafka broker into the real PostgreSQL. */
@QuarkusTest
class EventInboxTests {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    private String cloudEvent(String type, String stream) {
        return cloudEvent(type, stream, 1);
    }

    private String cloudEvent(String type, String stream, long version) {
        EventEnvelope e = new EventEnvelope(UUID.randomUUID(), type, 1, "demo-borough", "counter", stream, version,
                Instant.parse("2024-06-10T12:00:00Z"), "author-3", "corr-1", null, mapper.createObjectNode().put("n", 1));
        return CloudEvents.toJson(e, "/bestvalue/test", mapper).toString();
    }

    private Integer applied(String stream) {
        var rs = pool.preparedQuery("SELECT applied FROM tally WHERE stream_id = $1").execute(Tuple.of(stream))
                .await().atMost(WAIT);
        return rs.size() == 0 ? null : rs.iterator().next().getInteger("applied");
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheReadModelOnce() {
        String stream = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        String event = cloudEvent("Counted", stream);
        KafkaTopics.send("kit.test.in", stream, event);
        KafkaTopics.send("kit.test.in", stream, event);
        // A later event on the same key proves both copies were consumed before we look.
        KafkaTopics.send("kit.test.in", stream, cloudEvent("Counted", marker));
        await().atMost(WAIT).until(() -> applied(marker) != null);
        assertEquals(1, applied(stream));
    }

    @Test
    void aTypeTheConsumerDoesNotUseIsPassedOverWithoutATransactionButItsStreamStaysInOrder() throws Exception {
        String stream = UUID.randomUUID().toString();
        String noted = cloudEvent("Noted", stream, 2);
        KafkaTopics.send("kit.test.in", stream, cloudEvent("Counted", stream, 1));
        KafkaTopics.send("kit.test.in", stream, noted);
        KafkaTopics.send("kit.test.in", stream, noted); // redelivered: changes nothing
        KafkaTopics.send("kit.test.in", stream, cloudEvent("Counted", stream, 3));
        // Version 3 follows the passed-over version 2: it is not taken for an event that came early.
        await().atMost(WAIT).until(() -> Integer.valueOf(2).equals(applied(stream)));
        UUID notedId = UUID.fromString(mapper.readTree(noted).get("id").asText());
        assertEquals(0, pool.preparedQuery("SELECT 1 FROM processed_events WHERE consumer = 'tally' AND event_id = $1")
                .execute(Tuple.of(notedId)).await().atMost(WAIT).size(), "no processed-event row for a type not used");
        assertEquals(3L, pool.preparedQuery("SELECT version FROM inbox_stream_versions WHERE consumer = 'tally' AND stream_id = $1")
                .execute(Tuple.of(stream)).await().atMost(WAIT).iterator().next().getLong("version"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsProcessed() {
        String poisonKey = UUID.randomUUID().toString();
        String unappliableKey = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        KafkaTopics.send("kit.test.in", poisonKey, "{ this is not a cloud event");
        KafkaTopics.send("kit.test.in", unappliableKey, cloudEvent("Explodes", unappliableKey));
        KafkaTopics.send("kit.test.in", next, cloudEvent("Counted", next));

        await().atMost(WAIT).until(() -> applied(next) != null);
        assertEquals(1, applied(next));

        assertEquals("{ this is not a cloud event", KafkaTopics.deadLettered("kit.test.dlq", WAIT, poisonKey, "Malformed CloudEvent").value(),
                "the record is kept as it came");
        KafkaTopics.deadLettered("kit.test.dlq", WAIT, unappliableKey, "cannot apply Explodes");
        assertEquals(null, applied(unappliableKey), "a failed apply leaves no half-applied change");
    }

    @Test
    void aLostDatabaseConnectionIsRetriedNotDeadLetteredAndAppliedOnce() {
        String flaky = UUID.randomUUID().toString();
        String poisonAfter = UUID.randomUUID().toString();
        KafkaTopics.send("kit.test.in", flaky, cloudEvent("LosesConnection", flaky));
        KafkaTopics.send("kit.test.in", poisonAfter, cloudEvent("Explodes", poisonAfter));

        await().atMost(WAIT).until(() -> applied(flaky) != null);
        assertEquals(1, applied(flaky), "applied once, after two lost connections");
        assertTrue(TallyConsumer.ATTEMPTS.values().stream().anyMatch(n -> n.get() >= 3), "it was really retried");

        // The poison record sent after it reaches the DLQ; the retried one never does.
        List<ConsumerRecord<String, String>> dead = KafkaTopics.readUntil("kit.test.dlq", WAIT,
                seen -> seen.stream().anyMatch(r -> poisonAfter.equals(r.key())));
        assertTrue(dead.stream().noneMatch(r -> flaky.equals(r.key())), "a transient failure is never dead-lettered");
    }

    @Inject
    org.bestvalue.eventkit.deadletter.DeadLetterReplay deadLetters;

    @Test
    void anEventAfterAGapInItsStreamWaitsUntilTheMissingOneIsReplayedFromTheDeadLetters() throws InterruptedException {
        String stream = UUID.randomUUID().toString();
        KafkaTopics.send("kit.test.in", stream, cloudEvent("Counted", stream, 1));
        await().atMost(WAIT).until(() -> applied(stream) != null);
        // Version 2 cannot be applied until a fix: it goes to the dead-letter topic.
        KafkaTopics.send("kit.test.in", stream, cloudEvent("NeedsFixForGap", stream, 2));
        KafkaTopics.readUntil("kit.test.dlq", WAIT, seen -> seen.stream().anyMatch(r -> stream.equals(r.key())));

        KafkaTopics.send("kit.test.in", stream, cloudEvent("Counted", stream, 3));
        Thread.sleep(1500); // long enough for several retries of version 3
        assertEquals(1, applied(stream), "version 3 is not applied while version 2 is missing");

        TallyConsumer.gapFixed = true;
        deadLetters.replay();
        await().atMost(WAIT).until(() -> applied(stream) == 3);
    }

    @Test
    void deadLettersAreReappliedAfterAFixAndAReplayIsIdempotent() {
        String stream = UUID.randomUUID().toString();
        KafkaTopics.send("kit.test.in", stream, cloudEvent("Fixable", stream));
        KafkaTopics.readUntil("kit.test.dlq", WAIT, seen -> seen.stream().anyMatch(r -> stream.equals(r.key())));
        assertEquals(null, applied(stream));

        TallyConsumer.fixed = true;
        var first = deadLetters.replay();
        assertEquals(1, applied(stream), "the dead letter is applied once the fix is in");
        assertTrue(first.applied() >= 1, first.toString());

        var second = deadLetters.replay();
        assertEquals(0, second.applied(), "a second replay applies nothing new: " + second);
        assertTrue(second.alreadyApplied() >= 1, second.toString());
        assertEquals(1, applied(stream));
        assertTrue(second.stillFailing().stream().noneMatch(f -> stream.equals(f.key())));
    }

    @Test
    void transientAndPermanentFailuresAreToldApart() {
        assertTrue(org.bestvalue.eventkit.inbox.Failures.isTransient(
                new io.vertx.pgclient.PgException("terminating connection", "FATAL", "57P01", "")));
        assertTrue(org.bestvalue.eventkit.inbox.Failures.isTransient(
                new io.vertx.pgclient.PgException("database does not allow connections", "FATAL", "55000", "")));
        assertTrue(org.bestvalue.eventkit.inbox.Failures.isTransient(
                new io.vertx.pgclient.PgException("deadlock detected", "ERROR", "40P01", "")));
        assertTrue(org.bestvalue.eventkit.inbox.Failures.isTransient(new RuntimeException(new java.net.ConnectException("refused"))));
        assertTrue(!org.bestvalue.eventkit.inbox.Failures.isTransient(
                new io.vertx.pgclient.PgException("duplicate key", "ERROR", "23505", "")));
        assertTrue(!org.bestvalue.eventkit.inbox.Failures.isTransient(new IllegalArgumentException("missing field 'cycleId'")));
        assertTrue(!org.bestvalue.eventkit.inbox.Failures.isTransient(new CloudEvents.MalformedEvent("not JSON")));
    }
}
