package org.bestvalue.eventkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.AppendResult;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.ConcurrencyConflict;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.StreamId;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The append-only event store on PostgreSQL. An append checks the expected stream version, writes the
 * events and their outbox rows, and runs the caller's inline projection, all in one transaction: it
 * either happens whole or not at all.
 */
@ApplicationScoped
public class EventStore {
    /** Expected version of a stream that must not exist yet. */
    public static final long NO_STREAM = 0;
    /** Append whatever the current version is (for streams with a single writer, e.g. imports). */
    public static final long ANY_VERSION = -1;

    private static final String COLUMNS = "position, event_id, council_id, stream_type, stream_id, stream_version, event_type, "
            + "schema_version, occurred_at, actor, correlation_id, causation_id, data::text AS data, chain_previous, chain_hash";

    // One statement, one round trip: the events, their outbox rows and the request's Idempotency-Key ($15, $16; both
    // null when the command has none). The stream version is checked by the unique (stream, version) index.
    private static final String INSERT = """
            WITH ins AS (
              INSERT INTO events (event_id, council_id, stream_type, stream_id, stream_version, event_type, schema_version,
                                  occurred_at, actor, correlation_id, causation_id, data, chain_previous, chain_hash)
              SELECT e.id, $1, $2, $3, $4 + e.ord, e.type, e.sv, $5, $6, $7, $8, e.data::jsonb, e.prev, e.hash
              FROM unnest($9::uuid[], $10::text[], $11::int[], $12::text[], $13::text[], $14::text[])
                   WITH ORDINALITY AS e(id, type, sv, data, prev, hash, ord)
              RETURNING position
            ), outboxed AS (
              INSERT INTO outbox (position) SELECT position FROM ins
            )
            INSERT INTO idempotency_keys (council_id, idempotency_key, request_digest)
            SELECT $1, $15::text, $16::text WHERE $15::text IS NOT NULL AND $16::text IS NOT NULL
            ON CONFLICT (council_id, idempotency_key) DO NOTHING
            """;

    /** Heads of streams this instance appended to lately (committed only): an append at that version skips the read. */
    private final java.util.Map<StreamId, VersionAndOwner> heads = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<StreamId, VersionAndOwner> eldest) {
            return size() > 10_000;
        }
    };
    private volatile Runnable onAppended = () -> { };

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;

    /**
     * The largest event data a stream may take, in bytes of JSON. Below Kafka's default record limit (1 MiB)
     * with room for the CloudEvent envelope: an event the relay could never publish is refused at append.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "eventkit.max-event-bytes", defaultValue = "900000")
    int maxEventBytes = 900_000;

    public EventStore() {
    }

    public EventStore(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<AppendResult> append(CommandContext ctx, StreamId stream, long expectedVersion, List<NewEvent> events) {
        return append(ctx, stream, expectedVersion, events, InlineProjection.NONE);
    }

    /**
     * Appends events to a stream if it is still at {@code expectedVersion}.
     *
     * @throws ConcurrencyConflict (as a failed Uni) when the stream moved on; nothing is written
     */
    public Uni<AppendResult> append(CommandContext ctx, StreamId stream, long expectedVersion, List<NewEvent> events,
                                    InlineProjection projection) {
        if (events.isEmpty()) {
            return currentVersion(ctx.councilId(), stream).map(v -> new AppendResult(v, List.of(), false));
        }
        for (NewEvent e : events) {
            int bytes = e.data().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > maxEventBytes) {
                return Uni.createFrom().failure(new org.bestvalue.eventkit.RuleViolation(413, "event-too-large", "data",
                        "The change makes a " + e.type() + " event of " + bytes + " bytes; the limit is " + maxEventBytes
                                + " bytes (eventkit.max-event-bytes): send less text, or link large content as evidence"));
            }
        }
        VersionAndOwner known = expectedVersion == NO_STREAM ? new VersionAndOwner(0, null, EventChain.GENESIS) : knownHead(stream);
        Uni<AppendResult> appended;
        if (known != null && known.version == expectedVersion && (known.ownerCouncil == null || known.ownerCouncil.equals(ctx.councilId()))) {
            // The head is known (a new stream, or one this instance appended to): no read; a writer that got there
            // first makes the insert clash on the stream version, and nothing is written. Without an inline
            // projection the one statement is its own transaction.
            appended = projection == InlineProjection.NONE
                    ? insert(pool, ctx, stream, known.version, known.chainHash, events).map(stored -> new AppendResult(known.version + events.size(), stored, false))
                    : pool.withTransaction(tx -> insert(tx, ctx, stream, known.version, known.chainHash, events)
                            .chain(stored -> projection.apply(tx, stored)
                                    .replaceWith(new AppendResult(known.version + events.size(), stored, false))));
        } else {
            appended = pool.withTransaction(tx -> appendInTransaction(tx, ctx, stream, expectedVersion, events, projection));
        }
        return appended
                .invoke(result -> {
                    rememberHead(stream, ctx.councilId(), result);
                    onAppended.run();
                })
                .onFailure(EventStore::isStreamVersionClash)
                // Another writer committed the same version between our read and our insert (or before a skipped read).
                .recoverWithUni(e -> {
                    forgetHead(stream);
                    return versionAndOwner(pool, stream).onItem().transform(current -> {
                        if (current.ownerCouncil != null && !current.ownerCouncil.equals(ctx.councilId())) {
                            throw new NotFound(stream + " not found");
                        }
                        throw new ConcurrencyConflict(stream, expectedVersion, current.version);
                    });
                })
                // A retry of an append that already succeeded shows up as a conflict or a duplicate id.
                .onFailure(e -> e instanceof ConcurrencyConflict || isDuplicateEventId(e))
                .recoverWithUni(e -> alreadyAppended(ctx, stream, events,
                        e instanceof ConcurrencyConflict c ? c : new ConcurrencyConflict(stream, expectedVersion, -1)));
    }

    /** Runs after each append this store committed itself (the relay wakes on it); one listener. */
    public void onAppended(Runnable listener) {
        this.onAppended = listener;
    }

    private VersionAndOwner knownHead(StreamId stream) {
        synchronized (heads) {
            return heads.get(stream);
        }
    }

    private void rememberHead(StreamId stream, String council, AppendResult result) {
        if (result.events().isEmpty()) return;
        EventEnvelope last = result.events().get(result.events().size() - 1);
        if (last.chainHash() == null) return;
        synchronized (heads) {
            heads.put(stream, new VersionAndOwner(last.streamVersion(), council, last.chainHash()));
        }
    }

    private void forgetHead(StreamId stream) {
        synchronized (heads) {
            heads.remove(stream);
        }
    }

    /**
     * Appends inside a transaction the caller already holds (e.g. a consumer that records its checkpoint
     * in the same transaction). Two statements: read the stream's head (version, owner and chain hash), insert
     * events + outbox rows. The new events chain on the head that was read: when another writer appends first, the
     * insert clashes on the stream version and nothing is written, so a stored event always follows the chain hash
     * actually stored before it.
     */
    public Uni<AppendResult> appendInTransaction(SqlConnection tx, CommandContext ctx, StreamId stream, long expectedVersion,
                                                 List<NewEvent> events, InlineProjection projection) {
        return versionAndOwner(tx, stream).chain(vo -> {
            if (vo.ownerCouncil != null && !vo.ownerCouncil.equals(ctx.councilId())) {
                return Uni.createFrom().failure(new NotFound(stream + " not found"));
            }
            if (expectedVersion != ANY_VERSION && vo.version != expectedVersion) {
                return Uni.createFrom().failure(new ConcurrencyConflict(stream, expectedVersion, vo.version));
            }
            return insert(tx, ctx, stream, vo.version, vo.chainHash, events)
                    .chain(stored -> projection.apply(tx, stored)
                            .replaceWith(new AppendResult(vo.version + events.size(), stored, false)));
        });
    }

    /**
     * Fails with 422 {@code idempotency-key-reused} when the command's Idempotency-Key was first used with another
     * request of the council (another body, path or method); a first use or a retry of the same request passes.
     */
    public Uni<Void> requireKeyForThisRequest(CommandContext ctx) {
        if (ctx.idempotencyKey() == null || ctx.requestDigest() == null) return Uni.createFrom().voidItem();
        return pool.preparedQuery("SELECT request_digest FROM idempotency_keys WHERE council_id = $1 AND idempotency_key = $2")
                .execute(Tuple.of(ctx.councilId(), ctx.idempotencyKey()))
                .map(rows -> {
                    if (rows.size() > 0 && !ctx.requestDigest().equals(rows.iterator().next().getString(0))) {
                        throw new org.bestvalue.eventkit.RuleViolation(422, "idempotency-key-reused", "Idempotency-Key",
                                "This Idempotency-Key was first used with another request (another body, path or method); "
                                        + "a retry must repeat the first request exactly, and a new request needs a new key");
                    }
                    return null;
                });
    }

    // The same event ids were stored before: a retry of an append that succeeded. Answer as the first time.
    private Uni<AppendResult> alreadyAppended(CommandContext ctx, StreamId stream, List<NewEvent> events, RuntimeException otherwise) {
        UUID[] ids = events.stream().map(NewEvent::eventId).toArray(UUID[]::new);
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE event_id = ANY($1) ORDER BY position")
                .execute(Tuple.of(ids))
                .map(rows -> {
                    List<EventEnvelope> stored = toEnvelopes(rows);
                    if (stored.size() == events.size() && stored.stream().allMatch(e -> sameStream(e, ctx, stream))) {
                        return new AppendResult(stored.get(stored.size() - 1).streamVersion(), stored, true);
                    }
                    throw otherwise;
                });
    }

    // The request the key was first used with is kept by the same statement, in the transaction of its events.
    private Uni<List<EventEnvelope>> insert(SqlClient tx, CommandContext ctx, StreamId stream, long fromVersion,
                                            String headHash, List<NewEvent> events) {
        // The time as PostgreSQL keeps it (microseconds): the chain hashes what a later read gives back.
        Instant now = ctx.now().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<EventEnvelope> stored = new ArrayList<>(events.size());
        String previous = headHash;
        for (int i = 0; i < events.size(); i++) {
            NewEvent e = events.get(i);
            EventEnvelope event = new EventEnvelope(e.eventId(), e.type(), e.schemaVersion(), ctx.councilId(), stream.type(),
                    stream.id(), fromVersion + i + 1, now, ctx.actor(), ctx.correlationId(), ctx.causationId(), e.data());
            String hash = EventChain.hash(event, previous);
            stored.add(event.withChain(previous, hash));
            previous = hash;
        }
        Tuple params = Tuple.tuple()
                .addString(ctx.councilId()).addString(stream.type()).addString(stream.id()).addLong(fromVersion)
                .addOffsetDateTime(at).addString(ctx.actor()).addString(ctx.correlationId()).addString(ctx.causationId())
                .addArrayOfUUID(events.stream().map(NewEvent::eventId).toArray(UUID[]::new))
                .addArrayOfString(events.stream().map(NewEvent::type).toArray(String[]::new))
                .addArrayOfInteger(events.stream().map(NewEvent::schemaVersion).toArray(Integer[]::new))
                .addArrayOfString(events.stream().map(e -> e.data().toString()).toArray(String[]::new))
                .addArrayOfString(stored.stream().map(EventEnvelope::chainPrevious).toArray(String[]::new))
                .addArrayOfString(stored.stream().map(EventEnvelope::chainHash).toArray(String[]::new))
                .addString(ctx.idempotencyKey()).addString(ctx.requestDigest());
        return tx.preparedQuery(INSERT).execute(params).map(ignored -> stored);
    }

    /** A council's view of a stream, in version order; another council's stream reads as empty. */
    public Uni<List<EventEnvelope>> load(String councilId, StreamId stream) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE council_id = $1 AND stream_type = $2 "
                        + "AND stream_id = $3 ORDER BY stream_version")
                .execute(Tuple.of(councilId, stream.type(), stream.id()))
                .map(this::toEnvelopes);
    }

    public Uni<Long> currentVersion(String councilId, StreamId stream) {
        return pool.preparedQuery("SELECT COALESCE(MAX(stream_version), 0) AS v FROM events "
                        + "WHERE council_id = $1 AND stream_type = $2 AND stream_id = $3")
                .execute(Tuple.of(councilId, stream.type(), stream.id()))
                .map(rs -> rs.iterator().next().getLong("v"));
    }

    /** Every stored event after a global position, in commit-independent position order (for rebuilds). */
    public Uni<List<EventEnvelope>> readAll(long afterPosition, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE position > $1 ORDER BY position LIMIT $2")
                .execute(Tuple.of(afterPosition, limit))
                .map(this::toEnvelopes);
    }

    /** All streams of a type for a council, each with its events: for small listings and rebuilding projections. */
    public Uni<List<EventEnvelope>> loadStreamsOfType(String councilId, String streamType) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE council_id = $1 AND stream_type = $2 "
                        + "ORDER BY stream_id, stream_version")
                .execute(Tuple.of(councilId, streamType))
                .map(this::toEnvelopes);
    }

    /** A stream's head: its version, the council that owns it, and the chain hash its next event follows. */
    private record VersionAndOwner(long version, String ownerCouncil, String chainHash) {
    }

    private Uni<VersionAndOwner> versionAndOwner(SqlClient client, StreamId stream) {
        return client.preparedQuery("SELECT stream_version, council_id, chain_hash FROM events WHERE stream_type = $1 "
                        + "AND stream_id = $2 ORDER BY stream_version DESC LIMIT 1")
                .execute(Tuple.of(stream.type(), stream.id()))
                .map(rs -> {
                    if (rs.size() == 0) return new VersionAndOwner(0, null, EventChain.GENESIS);
                    Row row = rs.iterator().next();
                    return new VersionAndOwner(row.getLong("stream_version"), row.getString("council_id"), row.getString("chain_hash"));
                });
    }

    private static boolean sameStream(EventEnvelope e, CommandContext ctx, StreamId stream) {
        return e.councilId().equals(ctx.councilId()) && e.streamType().equals(stream.type()) && e.streamId().equals(stream.id());
    }

    private static boolean isStreamVersionClash(Throwable t) {
        return t instanceof PgException && UniqueViolations.is(t, "events_stream_version_unique");
    }

    private static boolean isDuplicateEventId(Throwable t) {
        return t instanceof PgException && UniqueViolations.is(t, "events_event_id_key");
    }

    /**
     * Replays every event of the store in order, a batch at a time, inside the caller's transaction: the
     * one loop behind each service's projection rebuild. {@code apply} writes a batch's rows.
     *
     * @return the number of events replayed
     */
    public Uni<Long> replayAll(SqlClient tx, int batchSize, java.util.function.Function<List<EventEnvelope>, Uni<Void>> apply) {
        return replayFrom(tx, 0L, 0L, batchSize, apply);
    }

    private Uni<Long> replayFrom(SqlClient tx, long after, long count, int batchSize,
                                 java.util.function.Function<List<EventEnvelope>, Uni<Void>> apply) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE position > $1 ORDER BY position LIMIT $2")
                .execute(Tuple.of(after, batchSize))
                .chain(rs -> {
                    if (rs.size() == 0) return Uni.createFrom().item(count);
                    long last = after;
                    List<EventEnvelope> events = new ArrayList<>(rs.size());
                    for (Row r : rs) {
                        last = r.getLong("position");
                        events.add(toEnvelope(r));
                    }
                    long upTo = last;
                    return apply.apply(events).chain(() -> replayFrom(tx, upTo, count + events.size(), batchSize, apply));
                });
    }

    public List<EventEnvelope> toEnvelopes(Iterable<Row> rows) {
        List<EventEnvelope> out = new ArrayList<>();
        for (Row r : rows) out.add(toEnvelope(r));
        return out;
    }

    /** An event of a row; its chain when the row was read with {@code chain_previous} and {@code chain_hash}. */
    public EventEnvelope toEnvelope(Row r) {
        boolean chained = r.getColumnIndex("chain_hash") >= 0;
        return new EventEnvelope(r.getUUID("event_id"), r.getString("event_type"), r.getInteger("schema_version"),
                r.getString("council_id"), r.getString("stream_type"), r.getString("stream_id"),
                r.getLong("stream_version"), r.getOffsetDateTime("occurred_at").toInstant(), r.getString("actor"),
                r.getString("correlation_id"), r.getString("causation_id"), readJson(r.getString("data")),
                chained ? r.getString("chain_previous") : null, chained ? r.getString("chain_hash") : null);
    }

    private JsonNode readJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
