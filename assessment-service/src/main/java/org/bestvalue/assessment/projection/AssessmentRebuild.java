package org.bestvalue.assessment.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.application.AssessmentAggregates;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.rebuild.ProjectionRebuild;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The frameworks, cycles, narratives, evidence and comment-thread query tables, rebuilt from the events table
 * through the projections the appends use ({@code POST /admin/projections/rebuild}).
 */
@ApplicationScoped
public class AssessmentRebuild extends ProjectionRebuild {
    @Inject
    AssessmentProjection projection;
    @Inject
    CommentThreadProjection threadProjection;

    public AssessmentRebuild() {
        super(Stream.concat(CommentThreadProjection.TABLES.stream(), AssessmentProjection.TABLES.stream()).toList(),
                Set.of(AssessmentAggregates.FRAMEWORK, AssessmentAggregates.CYCLE, AssessmentAggregates.NARRATIVE,
                        AssessmentAggregates.EVIDENCE, AssessmentAggregates.COMMENT_THREAD));
    }

    @Override
    protected Uni<Void> replay(SqlConnection tx, List<EventEnvelope> events) {
        return projection.apply(tx, events).chain(() -> threadProjection.apply(tx, events));
    }
}
