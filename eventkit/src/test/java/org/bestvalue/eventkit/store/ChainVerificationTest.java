package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.eventkit.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of tampering with a stored stream is found and named at its first break. */
class ChainVerificationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private long position = 100;

    /** A stream of n events as the store chains them, each with a higher position than the last. */
    private List<ChainVerification.StoredEvent> stream(String id, int n) {
        List<ChainVerification.StoredEvent> out = new ArrayList<>();
        String previous = EventChain.GENESIS;
        for (int v = 1; v <= n; v++) {
            EventEnvelope e = new EventEnvelope(UUID.randomUUID(), "Counted", 1, "demo-borough", "counter", id, v,
                    Instant.parse("2024-05-08T10:00:00Z").plusSeconds(v), "planner-7", "corr", null, MAPPER.createObjectNode().put("n", v));
            String hash = EventChain.hash(e, previous);
            out.add(new ChainVerification.StoredEvent(position++, e.withChain(previous, hash)));
            previous = hash;
        }
        return out;
    }

    private static ChainVerification.Report verify(List<ChainVerification.StoredEvent> store) {
        ChainVerification v = new ChainVerification(10);
        store.forEach(v::accept);
        return v.finish(0);
    }

    private static ChainVerification.StoredEvent withVersion(ChainVerification.StoredEvent s, long version) {
        EventEnvelope e = s.event();
        return new ChainVerification.StoredEvent(s.position(), new EventEnvelope(e.eventId(), e.type(), e.schemaVersion(),
                e.councilId(), e.streamType(), e.streamId(), version, e.occurredAt(), e.actor(), e.correlationId(), e.causationId(),
                e.data(), e.chainPrevious(), e.chainHash()));
    }

    private static ChainVerification.StoredEvent withData(ChainVerification.StoredEvent s, int n) {
        EventEnvelope e = s.event();
        return new ChainVerification.StoredEvent(s.position(), new EventEnvelope(e.eventId(), e.type(), e.schemaVersion(),
                e.councilId(), e.streamType(), e.streamId(), e.streamVersion(), e.occurredAt(), e.actor(), e.correlationId(),
                e.causationId(), MAPPER.createObjectNode().put("n", n), e.chainPrevious(), e.chainHash()));
    }

    private static void assertOnlyBreak(ChainVerification.Report r, String streamId, long version, String problem) {
        assertEquals(1, r.brokenStreams(), r.toString());
        ChainVerification.Break b = r.breaks().get(0);
        assertEquals(List.of(streamId, version, problem), List.of(b.streamId(), b.version(), b.problem()), b.toString());
    }

    @Test
    void anUntouchedStoreVerifiesClean() {
        List<ChainVerification.StoredEvent> store = new ArrayList<>(stream("a", 4));
        store.addAll(stream("b", 1));
        ChainVerification.Report r = verify(store);
        assertTrue(r.intact());
        assertEquals(List.of(2L, 5L, 0L), List.of(r.streams(), r.events(), r.brokenStreams()));
    }

    @Test
    void aChangedPayloadIsNamedAtItsVersion() {
        List<ChainVerification.StoredEvent> a = stream("a", 4);
        a.set(2, withData(a.get(2), 99));
        assertOnlyBreak(verify(a), "a", 3, ChainVerification.PAYLOAD_CHANGED);
    }

    @Test
    void aDeletedEventIsNamedByTheMissingVersion() {
        List<ChainVerification.StoredEvent> a = stream("a", 4);
        a.remove(1);
        assertOnlyBreak(verify(a), "a", 2, ChainVerification.EVENT_MISSING);
        List<ChainVerification.StoredEvent> b = stream("b", 2);
        b.remove(0);
        assertOnlyBreak(verify(b), "b", 1, ChainVerification.EVENT_MISSING);
    }

    @Test
    void swappedVersionsAreNamedOutOfOrder() {
        List<ChainVerification.StoredEvent> a = stream("a", 4);
        ChainVerification.StoredEvent second = a.get(1);
        ChainVerification.StoredEvent third = a.get(2);
        a.set(1, withVersion(third, 2));
        a.set(2, withVersion(second, 3));
        assertOnlyBreak(verify(a), "a", 2, ChainVerification.OUT_OF_ORDER);
    }

    @Test
    void anEventRewrittenWithARecomputedHashBreaksTheLinkOfTheNextOne() {
        List<ChainVerification.StoredEvent> a = stream("a", 3);
        EventEnvelope forged = withData(a.get(0), 42).event();
        String forgedHash = EventChain.hash(forged, EventChain.GENESIS);
        a.set(0, new ChainVerification.StoredEvent(a.get(0).position(), forged.withChain(EventChain.GENESIS, forgedHash)));
        assertOnlyBreak(verify(a), "a", 2, ChainVerification.HASH_MISMATCH);
    }

    @Test
    void onlyTheFirstBreakOfAStreamIsReportedAndOtherStreamsStillCount() {
        List<ChainVerification.StoredEvent> store = new ArrayList<>(stream("a", 5));
        store.set(1, withData(store.get(1), 7));
        store.set(3, withData(store.get(3), 8));
        store.addAll(stream("b", 2));
        ChainVerification.Report r = verify(store);
        assertOnlyBreak(r, "a", 2, ChainVerification.PAYLOAD_CHANGED);
        assertEquals(List.of(2L, 7L), List.of(r.streams(), r.events()));
    }

    @Test
    void anEventWithoutAChainHashIsAMismatch() {
        List<ChainVerification.StoredEvent> a = stream("a", 2);
        a.set(1, new ChainVerification.StoredEvent(a.get(1).position(), a.get(1).event().withChain(null, null)));
        assertOnlyBreak(verify(a), "a", 2, ChainVerification.HASH_MISMATCH);
    }
}
