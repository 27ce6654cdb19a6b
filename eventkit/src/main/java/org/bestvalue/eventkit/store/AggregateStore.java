package org.bestvalue.eventkit.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.ConcurrencyConflict;
import org.bestvalue.eventkit.Decider;
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.StreamId;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs commands against one aggregate type: load its stream, fold it through the decider, decide, and
 * append the new events at the version that was read.
 */
public final class AggregateStore<C, E, S> {
    private final EventStore store;
    private final Decider<C, E, S> decider;
    private final EventCodec<E> codec;
    private final String streamType;

    public AggregateStore(EventStore store, Decider<C, E, S> decider, EventCodec<E> codec, String streamType) {
        this.store = store;
        this.decider = decider;
        this.codec = codec;
        this.streamType = streamType;
    }

    /** An aggregate's state at a version; version 0 means the stream does not exist (for this council). */
    public record Loaded<S>(S state, long version) {
        public boolean exists() {
            return version > 0;
        }
    }

    /** The outcome of a command: new state and version, and the events it stored. */
    public record Handled<S, E>(S state, long version, List<E> events, List<EventEnvelope> stored) {
    }

    public StreamId stream(String id) {
        return new StreamId(streamType, id);
    }

    public Uni<Loaded<S>> load(String councilId, String id) {
        // A blank id (e.g. "/actions/%20") names no stream: nothing exists there, so a read or a command is 404.
        if (id == null || id.isBlank()) return Uni.createFrom().item(new Loaded<>(decider.initialState(), 0));
        return store.load(councilId, stream(id)).map(this::fold);
    }

    /** Loads an aggregate that must exist for the caller's council, else fails with {@link NotFound}. */
    public Uni<Loaded<S>> require(String councilId, String id) {
        return load(councilId, id).map(l -> {
            if (!l.exists()) throw new NotFound(streamType + " " + id + " not found");
            return l;
        });
    }

    /**
     * For a create whose checks come before the append (e.g. a unique label): when the request carries an
     * Idempotency-Key and its stream already exists, this is a retry — the aggregate as stored (or 422 when the key
     * was first used with another request); otherwise null, and the create goes ahead.
     */
    public Uni<Loaded<S>> retriedCreate(CommandContext ctx, String id) {
        if (ctx.idempotencyKey() == null) return Uni.createFrom().nullItem();
        return load(ctx.councilId(), id).chain(loaded -> loaded.exists()
                ? store.requireKeyForThisRequest(ctx).replaceWith(loaded)
                : Uni.createFrom().<Loaded<S>>nullItem());
    }

    public Uni<Handled<S, E>> handle(CommandContext ctx, String id, long expectedVersion, C command) {
        return handle(ctx, id, expectedVersion, command, InlineProjection.NONE);
    }

    /** A command on a stream that must already exist for the caller's council: 404 ({@link NotFound}) otherwise. */
    public Uni<Handled<S, E>> handleExisting(CommandContext ctx, String id, long expectedVersion, C command,
                                             InlineProjection projection) {
        return require(ctx.councilId(), id).chain(() -> handle(ctx, id, expectedVersion, command, projection));
    }

    public Uni<Handled<S, E>> handleExisting(CommandContext ctx, String id, long expectedVersion, C command) {
        return handleExisting(ctx, id, expectedVersion, command, InlineProjection.NONE);
    }

    /**
     * Decides a command on the stream's current state. {@code expectedVersion} is the version the client
     * read ({@link EventStore#ANY_VERSION} to skip the check, {@link EventStore#NO_STREAM} to create).
     */
    public Uni<Handled<S, E>> handle(CommandContext ctx, String id, long expectedVersion, C command,
                                     InlineProjection projection) {
        StreamId streamId = stream(id);
        return store.requireKeyForThisRequest(ctx).chain(() -> load(ctx.councilId(), id)).chain(loaded -> {
            if (expectedVersion != EventStore.ANY_VERSION && loaded.version() != expectedVersion) {
                return retriedOrConflict(ctx, streamId, expectedVersion, loaded);
            }
            List<E> decided = decider.decide(command, loaded.state());
            List<NewEvent> toStore = encode(ctx, id, decided);
            return store.append(ctx, streamId, loaded.version(), toStore, projection)
                    .map(result -> {
                        S state = loaded.state();
                        for (E e : decided) state = decider.evolve(state, e);
                        return new Handled<>(state, result.version(), decided, result.events());
                    });
        });
    }

    /**
     * Decides a command on a stream the caller read in its own transaction (a consumer's inbox transaction) and
     * appends what it decides there, at the version read; a command that decides nothing appends nothing.
     */
    public Uni<Void> handleInTransaction(SqlConnection tx, CommandContext ctx, String id, List<EventEnvelope> events, C command,
                                         InlineProjection projection) {
        Loaded<S> loaded = fold(events);
        List<E> decided = decider.decide(command, loaded.state());
        if (decided.isEmpty()) return Uni.createFrom().voidItem();
        return store.appendInTransaction(tx, ctx, stream(id), loaded.version(), encode(ctx, id, decided), projection).replaceWithVoid();
    }

    // A retried request with the same idempotency key already moved the stream on: answer as the first time.
    private Uni<Handled<S, E>> retriedOrConflict(CommandContext ctx, StreamId streamId, long expectedVersion, Loaded<S> loaded) {
        if (ctx.idempotencyKey() == null || ctx.idempotencyKey().isBlank()) {
            return Uni.createFrom().failure(new ConcurrencyConflict(streamId, expectedVersion, loaded.version()));
        }
        return store.load(ctx.councilId(), streamId).map(events -> {
            java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
            for (int i = 0; i < events.size(); i++) ids.add(ctx.eventId(streamId.type(), streamId.id(), i));
            List<EventEnvelope> mine = events.stream().filter(e -> ids.contains(e.eventId())).toList();
            if (mine.isEmpty()) throw new ConcurrencyConflict(streamId, expectedVersion, loaded.version());
            return new Handled<>(loaded.state(), loaded.version(), mine.stream().map(codec::decode).toList(), mine);
        });
    }

    private List<NewEvent> encode(CommandContext ctx, String id, List<E> decided) {
        List<NewEvent> out = new ArrayList<>(decided.size());
        for (int i = 0; i < decided.size(); i++) out.add(codec.encode(decided.get(i), ctx.eventId(streamType, id, i)));
        return out;
    }

    /** The state and version of a stream's stored events, e.g. as a projection read them in its transaction. */
    public Loaded<S> fold(List<EventEnvelope> events) {
        S state = decider.initialState();
        long version = 0;
        for (EventEnvelope e : events) {
            state = decider.evolve(state, codec.decode(e));
            version = e.streamVersion();
        }
        return new Loaded<>(state, version);
    }

    public EventCodec<E> codec() {
        return codec;
    }
}
