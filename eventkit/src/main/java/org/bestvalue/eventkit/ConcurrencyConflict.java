package org.bestvalue.eventkit;

/**
 * An append named a stream version that is no longer current. Nothing was written; the caller must
 * re-read (the current version is carried) and decide again.
 */
public class ConcurrencyConflict extends RuntimeException {
    private final StreamId stream;
    private final long expectedVersion;
    private final long currentVersion;

    public ConcurrencyConflict(StreamId stream, long expectedVersion, long currentVersion) {
        super("Stream " + stream + " is at version " + currentVersion + ", not " + expectedVersion);
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public StreamId stream() {
        return stream;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
