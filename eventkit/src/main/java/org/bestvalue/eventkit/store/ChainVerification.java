package org.bestvalue.eventkit.store;

import org.bestvalue.eventkit.EventEnvelope;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the hash chains of an event store fed to it in stream order (stream type, stream id, version), one event
 * at a time, and names the first break of each stream. Pure: the caller reads the rows; memory is one stream's head
 * and one event of look-ahead, whatever the store's size.
 *
 * <p>What a break is called, checked in this order for an event at version v:
 * <ul>
 *   <li>{@code event-missing}: the stream's versions skip (v is not its predecessor's version + 1): an event was deleted;</li>
 *   <li>{@code hash-mismatch}: the event has no chain hash, or its content still hashes to its chain hash but it links to
 *       another hash than its predecessor's (the predecessor was rewritten together with its hash, or the link was);</li>
 *   <li>{@code out-of-order}: the chain breaks here and the stream's versions disagree with the order the events were
 *       stored in (the store's {@code position}): versions were swapped;</li>
 *   <li>{@code payload-changed}: the event's stored content (its data or any hashed attribute) no longer hashes to its
 *       chain hash.</li>
 * </ul>
 * The rest of a broken stream is counted but not checked again: only its first break is reported.
 */
public final class ChainVerification {
    /** One stored event and where the store put it. */
    public record StoredEvent(long position, EventEnvelope event) {
    }

    /** The first break of one stream. */
    public record Break(String council, String streamType, String streamId, long version, String problem, String detail) {
    }

    /** What a verification found. {@code breaks} lists at most {@code maxListed} streams; {@code brokenStreams} counts all. */
    public record Report(boolean intact, long streams, long events, long brokenStreams, List<Break> breaks, long tookMillis) {
    }

    public static final String EVENT_MISSING = "event-missing";
    public static final String HASH_MISMATCH = "hash-mismatch";
    public static final String OUT_OF_ORDER = "out-of-order";
    public static final String PAYLOAD_CHANGED = "payload-changed";

    private final int maxListed;
    private final List<Break> breaks = new ArrayList<>();
    private long streams;
    private long events;
    private long brokenStreams;

    private StoredEvent pending;
    private String streamType;
    private String streamId;
    private long previousVersion;
    private String previousHash;
    private long previousPosition;
    private boolean broken;

    public ChainVerification(int maxListed) {
        this.maxListed = maxListed;
    }

    /** The next stored event, in stream order. */
    public void accept(StoredEvent next) {
        if (pending != null) check(pending, sameStream(pending, next) ? next : null);
        pending = next;
    }

    /** After the last event: the report. */
    public Report finish(long tookMillis) {
        if (pending != null) check(pending, null);
        pending = null;
        return new Report(brokenStreams == 0, streams, events, brokenStreams, List.copyOf(breaks), tookMillis);
    }

    private void check(StoredEvent stored, StoredEvent next) {
        EventEnvelope e = stored.event();
        if (!e.streamType().equals(streamType) || !e.streamId().equals(streamId)) {
            streamType = e.streamType();
            streamId = e.streamId();
            previousVersion = 0;
            previousHash = EventChain.GENESIS;
            previousPosition = Long.MIN_VALUE;
            broken = false;
            streams++;
        }
        events++;
        if (broken) return;
        long v = e.streamVersion();
        if (v != previousVersion + 1) {
            long first = previousVersion + 1;
            fail(e, first, EVENT_MISSING, v - 1 == first
                    ? "version " + first + " is missing (the next stored version is " + v + ")"
                    : "versions " + first + " to " + (v - 1) + " are missing (the next stored version is " + v + ")");
            return;
        }
        if (e.chainHash() == null) {
            fail(e, v, HASH_MISMATCH, "the event has no chain hash: it was written around the event store");
            return;
        }
        if (!e.chainHash().equals(EventChain.hash(e, previousHash))) {
            diagnose(stored, next);
            return;
        }
        previousVersion = v;
        previousHash = e.chainHash();
        previousPosition = stored.position();
    }

    private void diagnose(StoredEvent stored, StoredEvent next) {
        EventEnvelope e = stored.event();
        long v = e.streamVersion();
        if (e.chainPrevious() != null && !e.chainPrevious().equals(previousHash)
                && e.chainHash().equals(EventChain.hash(e, e.chainPrevious()))) {
            fail(e, v, HASH_MISMATCH, "the event is intact but links to chain hash " + e.chainPrevious() + ", while "
                    + (v == 1 ? "a stream's first event links to " + EventChain.GENESIS
                    : "version " + (v - 1) + " has chain hash " + previousHash + " (it was rewritten with a new hash)"));
        } else if (stored.position() < previousPosition) {
            fail(e, v, OUT_OF_ORDER, "version " + v + " was stored before version " + (v - 1) + ": the versions were reordered");
        } else if (next != null && next.position() < stored.position()) {
            fail(e, v, OUT_OF_ORDER, "version " + v + " was stored after version " + next.event().streamVersion()
                    + ": the versions were reordered");
        } else {
            fail(e, v, PAYLOAD_CHANGED, "the stored event no longer hashes to its chain hash " + e.chainHash()
                    + ": its data or another hashed attribute was changed");
        }
    }

    private void fail(EventEnvelope e, long version, String problem, String detail) {
        broken = true;
        brokenStreams++;
        if (breaks.size() < maxListed) {
            breaks.add(new Break(e.councilId(), e.streamType(), e.streamId(), version, problem, detail));
        }
    }

    private static boolean sameStream(StoredEvent a, StoredEvent b) {
        return a.event().streamType().equals(b.event().streamType()) && a.event().streamId().equals(b.event().streamId());
    }
}
