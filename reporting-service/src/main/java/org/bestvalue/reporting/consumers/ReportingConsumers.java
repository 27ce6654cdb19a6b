package org.bestvalue.reporting.consumers;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.deadletter.ReplayableConsumer;
import org.bestvalue.eventkit.inbox.EventInbox;
import org.bestvalue.reporting.projection.Generations;
import org.bestvalue.reporting.projection.ReadModelProjector;
import org.bestvalue.reporting.projection.ReadModelWriter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read models from the three topics through the idempotent inbox. A record that cannot be
 * read or applied fails, and the channel moves it to bv.reporting.dlq with the reason.
 */
@ApplicationScoped
public class ReportingConsumers implements ReplayableConsumer {
    public static final String CONSUMER = "reporting-service";

    @Inject
    EventInbox inbox;

    @Override
    public java.util.Set<String> topics() {
        return java.util.Set.of("bv.assessment.events", "bv.scoring.events", "bv.action.events");
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    /** Dead letters replayed after a fix (POST /admin/dead-letters/replay) go through the same inbox and projection. */
    @Override
    public EventInbox.Handler handler() {
        return ReportingConsumers::project;
    }

    @Incoming("assessment-events")
    public Uni<Void> onAssessment(String value) {
        return apply(value);
    }

    @Incoming("scoring-events")
    public Uni<Void> onScoring(String value) {
        return apply(value);
    }

    @Incoming("action-events")
    public Uni<Void> onAction(String value) {
        return apply(value);
    }

    Uni<Void> apply(String cloudEvent) {
        return inbox.process(CONSUMER, cloudEvent, ReportingConsumers::project).replaceWithVoid();
    }

    /** Applies one event to an already-parsed envelope (used by tests that feed sequences directly). */
    public Uni<Boolean> apply(EventEnvelope event) {
        return inbox.process(CONSUMER, event, ReportingConsumers::project);
    }

    /** Applies an event to the read models in the caller's transaction, without the inbox's checkpoint. */
    public static Uni<Void> project(io.vertx.mutiny.sqlclient.SqlConnection tx, EventEnvelope event) {
        var writes = ReadModelProjector.writesFor(event);
        if (writes.isEmpty()) return Uni.createFrom().voidItem();
        return Generations.readForWrite(tx).chain(g -> ReadModelWriter.execute(tx, writes, g.targets()));
    }
}
