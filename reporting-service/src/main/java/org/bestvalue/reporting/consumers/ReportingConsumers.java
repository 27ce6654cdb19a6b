package org.bestvalue.reporting.consumers;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.inbox.InboxConsumer;
import org.bestvalue.reporting.application.HeatMapDocuments;
import org.bestvalue.reporting.projection.Generations;
import org.bestvalue.reporting.projection.ReadModelProjector;
import org.bestvalue.reporting.projection.ReadModelWriter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read models from the three topics through the idempotent inbox. A record that cannot be
 * read or applied fails, and the channel moves it to bv.reporting.dlq with the reason.
 */
@ApplicationScoped
public class ReportingConsumers extends InboxConsumer {
    public static final String CONSUMER = "reporting-service";

    public ReportingConsumers() {
        super(CONSUMER, "bv.assessment.events", "bv.scoring.events", "bv.action.events");
    }

    @Override
    protected Uni<Void> apply(io.vertx.mutiny.sqlclient.SqlConnection tx, EventEnvelope event) {
        // The council's counter moves on with the change: kept heat-map documents of the council are made again.
        return project(tx, event).chain(() -> HeatMapDocuments.moveOn(tx, event.councilId()));
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
        return consume(cloudEvent);
    }

    /** Applies one event to an already-parsed envelope (used by tests that feed sequences directly). */
    public Uni<Boolean> apply(EventEnvelope event) {
        return inbox.process(CONSUMER, event, this::apply);
    }

    /** Applies an event to the read models in the caller's transaction, without the inbox's checkpoint. */
    public static Uni<Void> project(io.vertx.mutiny.sqlclient.SqlConnection tx, EventEnvelope event) {
        var writes = ReadModelProjector.writesFor(event);
        if (writes.isEmpty()) return Uni.createFrom().voidItem();
        return Generations.readForWrite(tx).chain(g -> ReadModelWriter.execute(tx, writes, g.targets()));
    }
}
