package org.bestvalue.action.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.actionplan.Action;
import org.bestvalue.action.actionplan.Progress;
import org.bestvalue.action.opportunity.Opportunity;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.InlineProjection;

import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@code opportunity_view} and {@code action_view} equal to the events: each append re-folds the
 * touched streams (inside the append's transaction, so the rows are never ahead of or behind the store)
 * and writes the whole row. A rebuild ({@link ActionPlanRebuild}) does the same for every stream, so live and
 * rebuilt tables match.
 */
@ApplicationScoped
public class ActionPlanProjection {
    private static final String COLUMNS = "event_id, event_type, schema_version, council_id, stream_type, stream_id, "
            + "stream_version, occurred_at, actor, correlation_id, causation_id, data::text AS data";

    @Inject
    ActionAggregates stores;
    @Inject
    ObjectMapper mapper;

    /** The inline projection to pass with every append of this service. */
    public InlineProjection inline() {
        return (tx, events) -> {
            Set<StreamKey> touched = new LinkedHashSet<>();
            for (EventEnvelope e : events) touched.add(new StreamKey(e.councilId(), e.streamType(), e.streamId()));
            return Multi.createFrom().iterable(touched)
                    .onItem().transformToUniAndConcatenate(k -> refresh(tx, k))
                    .collect().last().replaceWithVoid();
        };
    }

    /**
     * A stream's events as the given transaction sees them (including its own uncommitted appends): the kit's
     * EventStore.load reads through the pool, outside the append's transaction, so it cannot serve here.
     */
    public Uni<List<EventEnvelope>> load(SqlConnection tx, String councilId, String streamType, String streamId) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM events WHERE council_id = $1 AND stream_type = $2 "
                        + "AND stream_id = $3 ORDER BY stream_version")
                .execute(Tuple.of(councilId, streamType, streamId))
                .map(rows -> stores.eventStore().toEnvelopes(rows));
    }

    private Uni<Void> refresh(SqlConnection tx, StreamKey k) {
        return load(tx, k.councilId, k.streamType, k.streamId).chain(events -> {
            if (events.isEmpty()) return Uni.createFrom().voidItem();
            return switch (k.streamType) {
                case ActionAggregates.OPPORTUNITY -> writeOpportunity(tx, events);
                case ActionAggregates.ACTION -> writeAction(tx, events);
                default -> Uni.createFrom().voidItem();
            };
        });
    }

    private Uni<Void> writeOpportunity(SqlConnection tx, List<EventEnvelope> events) {
        Opportunity o = stores.opportunities().fold(events).state();
        EventEnvelope first = events.get(0);
        long version = events.get(events.size() - 1).streamVersion();
        return tx.preparedQuery("""
                        INSERT INTO opportunity_view (opportunity_id, council_id, cycle_id, characteristic_code, gap, origin,
                                                      colour, raised_at, raised_by, version)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                        ON CONFLICT (opportunity_id) DO UPDATE SET gap = EXCLUDED.gap, version = EXCLUDED.version
                        """)
                .execute(Tuple.tuple().addString(o.opportunityId()).addString(first.councilId()).addString(o.cycleId())
                        .addString(o.characteristicCode()).addString(o.gap()).addString(o.origin().name())
                        .addString(o.colour() == null ? null : o.colour().name()).addOffsetDateTime(first.occurredAtUtc())
                        .addString(first.actor()).addLong(version))
                .replaceWithVoid();
    }

    private Uni<Void> writeAction(SqlConnection tx, List<EventEnvelope> events) {
        Action a = stores.actions().fold(events).state();
        EventEnvelope first = events.get(0);
        long version = events.get(events.size() - 1).streamVersion();
        Progress p = a.latestProgress();
        String statusReason = switch (a.status()) {
            case DEFERRED -> a.deferralReason();
            case CANCELLED -> a.cancellationReason();
            default -> null;
        };
        Tuple t = Tuple.tuple()
                .addString(a.actionId()).addString(first.councilId()).addString(a.opportunityId()).addString(a.cycleId())
                .addString(a.characteristicCode()).addString(a.description())
                .addArrayOfString(a.officers().toArray(String[]::new)).addString(a.serviceArea())
                .addString(a.indicativeTimeline()).addLocalDate(a.start()).addLocalDate(a.end())
                .addString(a.status().name()).addString(statusReason).addLocalDate(a.deferredUntil())
                .addLocalDate(a.completedOn()).addString(a.completionNote())
                .addLocalDate(p == null ? null : p.on()).addInteger(p == null ? null : p.percent())
                .addString(p == null || p.rag() == null ? null : p.rag().name()).addString(p == null ? null : p.note())
                .addString(p == null ? null : p.authorId()).addString(json(a.externalReferences()))
                .addOffsetDateTime(first.occurredAtUtc()).addLong(version);
        return tx.preparedQuery("""
                        INSERT INTO action_view (action_id, council_id, opportunity_id, cycle_id, characteristic_code, description,
                            officers, service_area, indicative_timeline, start_date, end_date, status, status_reason,
                            deferred_until, completed_on, completion_note, progress_on, progress_percent, progress_rag,
                            progress_note, progress_author, external_references, planned_at, version)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                                $21, $22::text::jsonb, $23, $24)
                        ON CONFLICT (action_id) DO UPDATE SET description = EXCLUDED.description, officers = EXCLUDED.officers,
                            service_area = EXCLUDED.service_area, indicative_timeline = EXCLUDED.indicative_timeline,
                            start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, status = EXCLUDED.status,
                            status_reason = EXCLUDED.status_reason, deferred_until = EXCLUDED.deferred_until,
                            completed_on = EXCLUDED.completed_on, completion_note = EXCLUDED.completion_note,
                            progress_on = EXCLUDED.progress_on, progress_percent = EXCLUDED.progress_percent,
                            progress_rag = EXCLUDED.progress_rag, progress_note = EXCLUDED.progress_note,
                            progress_author = EXCLUDED.progress_author, external_references = EXCLUDED.external_references,
                            version = EXCLUDED.version
                        """)
                .execute(t).replaceWithVoid();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record StreamKey(String councilId, String streamType, String streamId) {
    }
}
