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
    private final Set<String> unusedTypes;

    protected InboxConsumer(String consumer, String... topics) {
        this(consumer, Set.of(), topics);
    }

    /**
     * @param unusedTypes the event types it reads but does not use (its IGNORED list): passed over without a
     *                    transaction, only its mark of their stream moves on ({@link EventInbox})
     */
    protected InboxConsumer(String consumer, Set<String> unusedTypes, String... topics) {
        this.consumer = consumer;
        this.unusedTypes = Set.copyOf(unusedTypes);
        this.topics = Set.of(topics);
    }

    /** Applies one event to the read model inside the inbox transaction; types it does not use change nothing. */
    protected abstract Uni<Void> apply(SqlConnection tx, EventEnvelope event);

    /** One record from the channel, through the inbox. */
    protected Uni<Void> consume(String cloudEvent) {
        return inbox.process(consumer, cloudEvent, this::apply, unusedTypes::contains).replaceWithVoid();
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
