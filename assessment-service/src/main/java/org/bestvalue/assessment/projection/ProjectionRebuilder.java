package org.bestvalue.assessment.projection;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.store.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Rebuilds the query tables from the events table (DESIGN.md §4.7): empties them and replays every event
 * through the same projection the appends use, in one transaction, so readers never see a half-built
 * table. Runs at start when {@code assessment.projections.rebuild-at-start=true}.
 */
@ApplicationScoped
public class ProjectionRebuilder {
    private static final Logger LOG = Logger.getLogger(ProjectionRebuilder.class);
    private static final int BATCH = 1000;

    @Inject
    Pool pool;
    @Inject
    EventStore eventStore;
    @Inject
    AssessmentProjection projection;
    @Inject
    CommentThreadProjection threadProjection;
    @ConfigProperty(name = "assessment.projections.rebuild-at-start", defaultValue = "false")
    boolean rebuildAtStart;

    void onStart(@Observes StartupEvent ignored) {
        if (rebuildAtStart) {
            long n = rebuild().await().atMost(Duration.ofMinutes(10));
            LOG.infof("Rebuilt the query tables from %d events", n);
        }
    }

    /** @return the number of events replayed */
    public Uni<Long> rebuild() {
        return pool.withTransaction(tx -> tx.query("TRUNCATE framework_versions, cycles, narratives, evidence_items, narrative_evidence, "
                        + CommentThreadProjection.TABLES)
                .execute().chain(() -> eventStore.replayAll(tx, BATCH, events -> projection.apply(tx, events)
                        .chain(() -> threadProjection.apply(tx, events)))));
    }
}
