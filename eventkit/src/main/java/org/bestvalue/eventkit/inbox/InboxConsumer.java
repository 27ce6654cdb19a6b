package org.bestvalue.eventkit.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.deadletter.ReplayableConsumer;

import java.util.Set;

/**
 * A consumer of other services' events, as every service writes one: a name in the inbox, the topics it
 * reads, and how it maps an event to rows. Records go through the {@link EventInbox} (applied once,
 * transient faults retried, the unappliable dead-lettered), and its dead letters replay through the same
 * mapping. A subclass adds an {@code @Incoming} method that calls {@link #consume} and implements
 * {@link #apply}.
 */
public abstract class InboxConsumer implements ReplayableConsumer {
    @Inject
    protected EventInbox inbox;

    private final String consumer;
    private final Set<String> topics;

    protected InboxConsumer(String consumer, String... topics) {
        this.consumer = consumer;
        this.topics = Set.of(topics);
    }

    /** Applies one event to the read model inside the inbox transaction; types it does not use change nothing. */
    protected abstract Uni<Void> apply(SqlConnection tx, EventEnvelope event);

    /**
     * The event types this consumer reads but does not use (its IGNORED list): passed over without a transaction,
     * only its mark of their stream moves on ({@link EventInbox}). None by default.
     */
    protected Set<String> unusedTypes() {
        return Set.of();
    }

    /** One record from the channel, through the inbox. */
    protected Uni<Void> consume(String cloudEvent) {
        Set<String> unused = unusedTypes();
        return inbox.process(consumer, cloudEvent, this::apply, unused::contains).replaceWithVoid();
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public String consumer() {
        return consumer;
    }

    @Override
    public EventInbox.Handler handler() {
        return this::apply;
    }
}
