package org.bestvalue.eventkit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as the services write them: counts applications per stream; type "Explodes" cannot be
 * applied; type "LosesConnection" ends its own database session the first two times it is applied (a
 * real lost connection, mid-transaction); type "Noted" is passed over.
 */
@ApplicationScoped
public class TallyConsumer extends org.bestvalue.eventkit.inbox.InboxConsumer {
    /** "Fixable" cannot be applied until a fix (this flag) is deployed. */
    static volatile boolean fixed;
    static volatile boolean gapFixed;

    static final java.util.Map<java.util.UUID, java.util.concurrent.atomic.AtomicInteger> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    public TallyConsumer() {
        super("tally", java.util.Set.of("Noted"), "kit.test.in"); // "Noted": read, not used
    }

    @Incoming("kit-in")
    public Uni<Void> on(String value) {
        return consume(value);
    }

    @Override
    protected Uni<Void> apply(io.vertx.mutiny.sqlclient.SqlConnection tx, EventEnvelope event) {
        if (event.type().equals("Fixable") && !fixed) {
            return Uni.createFrom().failure(new IllegalStateException("Fixable needs the fix"));
        }
        if (event.type().equals("NeedsFixForGap") && !gapFixed) {
            return Uni.createFrom().failure(new IllegalStateException("NeedsFixForGap needs the fix"));
        }
        if (event.type().equals("Explodes")) {
            return Uni.createFrom().failure(new IllegalStateException("cannot apply Explodes"));
        }
        if (event.type().equals("LosesConnection")
                && ATTEMPTS.computeIfAbsent(event.eventId(), id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet() <= 2) {
            return tx.query("SELECT pg_terminate_backend(pg_backend_pid())").execute().replaceWithVoid();
        }
        return tx.preparedQuery("INSERT INTO tally (stream_id, applied) VALUES ($1, 1) "
                        + "ON CONFLICT (stream_id) DO UPDATE SET applied = tally.applied + 1")
                .execute(Tuple.of(event.streamId())).replaceWithVoid();
    }
}
