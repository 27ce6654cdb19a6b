package org.bestvalue.assessment.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.bestvalue.assessment.comment.CommentThread;
import org.bestvalue.assessment.comment.CommentThreadCommand;
import org.bestvalue.assessment.comment.CommentThreadDecider;
import org.bestvalue.assessment.comment.CommentThreadEvent;
import org.bestvalue.assessment.cycle.Cycle;
import org.bestvalue.assessment.cycle.CycleCommand;
import org.bestvalue.assessment.cycle.CycleDecider;
import org.bestvalue.assessment.cycle.CycleEvent;
import org.bestvalue.assessment.evidence.EvidenceCommand;
import org.bestvalue.assessment.evidence.EvidenceDecider;
import org.bestvalue.assessment.evidence.EvidenceEvent;
import org.bestvalue.assessment.evidence.EvidenceItem;
import org.bestvalue.assessment.framework.FrameworkCommand;
import org.bestvalue.assessment.framework.FrameworkDecider;
import org.bestvalue.assessment.framework.FrameworkEvent;
import org.bestvalue.assessment.framework.FrameworkVersion;
import org.bestvalue.assessment.narrative.Narrative;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeDecider;
import org.bestvalue.assessment.narrative.NarrativeEvent;
import io.smallrye.mutiny.Uni;
import org.bestvalue.assessment.projection.AssessmentProjection;
import org.bestvalue.assessment.projection.CommentThreadProjection;
import org.bestvalue.eventkit.DerivedIds;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.EventCodec;
import org.bestvalue.eventkit.store.AggregateStore;
import org.bestvalue.eventkit.store.EventStore;

import java.util.List;
import java.util.UUID;

/**
 * The service's four aggregates on the event store, the inline projection every append runs, and the stream types
 * their events carry (a singleton: its fields are read directly, not through a proxy).
 */
@Singleton
public class AssessmentAggregates {
    public static final String FRAMEWORK = "framework";
    public static final String CYCLE = "cycle";
    public static final String NARRATIVE = "narrative";
    public static final String EVIDENCE = "evidence";
    public static final String COMMENT_THREAD = "comment-thread";

    public final AggregateStore<FrameworkCommand, FrameworkEvent, FrameworkVersion> frameworks;
    public final AggregateStore<CycleCommand, CycleEvent, Cycle> cycles;
    public final AggregateStore<NarrativeCommand, NarrativeEvent, Narrative> narratives;
    public final AggregateStore<EvidenceCommand, EvidenceEvent, EvidenceItem> evidence;
    /** Comment threads on narratives: each its own stream, so a comment never conflicts with an edit of the narrative. */
    public final AggregateStore<CommentThreadCommand, CommentThreadEvent, CommentThread> threads;
    /** Keeps the query tables in step inside each append's transaction. */
    public final AssessmentProjection projection;
    /** The same for comment threads' tables. */
    public final CommentThreadProjection threadProjection;
    private final EventStore store;

    @Inject
    public AssessmentAggregates(EventStore store, ObjectMapper mapper, AssessmentProjection projection,
                                CommentThreadProjection threadProjection) {
        this.store = store;
        this.projection = projection;
        this.threadProjection = threadProjection;
        frameworks = new AggregateStore<>(store, new FrameworkDecider(), new EventCodec<>(FrameworkEvent.class, mapper), FRAMEWORK);
        cycles = new AggregateStore<>(store, new CycleDecider(), new EventCodec<>(CycleEvent.class, mapper), CYCLE);
        narratives = new AggregateStore<>(store, new NarrativeDecider(), new EventCodec<>(NarrativeEvent.class, mapper), NARRATIVE);
        evidence = new AggregateStore<>(store, new EvidenceDecider(), new EventCodec<>(EvidenceEvent.class, mapper), EVIDENCE);
        threads = new AggregateStore<>(store, new CommentThreadDecider(), new EventCodec<>(CommentThreadEvent.class, mapper), COMMENT_THREAD);
    }

    /** Every event of an aggregate's stream in the council, oldest first (what a {@code …/history} shows). */
    public Uni<List<EventEnvelope>> events(String councilId, AggregateStore<?, ?, ?> aggregate, String id) {
        return store.load(councilId, aggregate.stream(id));
    }

    /** One narrative per cycle and characteristic: its id follows from the two, so a second draft meets the first. */
    public static UUID narrativeId(UUID cycleId, String characteristicCode) {
        return DerivedIds.uuid(NARRATIVE, cycleId, characteristicCode);
    }

    /** The id of a shipped framework version in a council: the same on every import, so the demo import is idempotent. */
    public static UUID shippedFrameworkId(String councilId, String label) {
        return DerivedIds.uuid(FRAMEWORK, councilId, label);
    }
}
