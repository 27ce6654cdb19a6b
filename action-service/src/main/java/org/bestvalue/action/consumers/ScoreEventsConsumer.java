package org.bestvalue.action.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.opportunity.Colour;
import org.bestvalue.action.opportunity.OpportunityCommand.ProposeFromFinalScore;
import org.bestvalue.action.projection.ActionPlanProjection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.ConcurrencyConflict;
import org.bestvalue.eventkit.EventData;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.store.UniqueViolations;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;

/**
 * Proposes an opportunity for improvement when a characteristic's score becomes final below dark green
 * (and not grey), its gap worded from the colour and the scorers' own words ({@link org.bestvalue.action.opportunity.ProposedGap}),
 * which it keeps from the score events before the final one. The proposal is appended in the inbox transaction, so a redelivered ScoreFinalised
 * proposes nothing new; a second final score for the same cycle and characteristic finds the existing
 * opportunity (its id is derived from both) and proposes nothing either.
 */
@ApplicationScoped
public class ScoreEventsConsumer extends org.bestvalue.eventkit.inbox.InboxConsumer {
    static final String CONSUMER = "action-service.proposals";
    /** The scoring event type that can propose an opportunity. */
    static final String FINALISED = "ScoreFinalised";
    /** The event types whose reason may explain a colour: the latest such reason becomes the words of a proposed gap. */
    static final java.util.Set<String> RATIONALES = java.util.Set.of("ScoreRecorded", "ScoreModerated", "LeadershipReviewed");
    /** The scoring event types {@link #apply} acts on: the final score, and the reasons before it. */
    public static final java.util.Set<String> APPLIED = java.util.Set.of(FINALISED, "ScoreRecorded", "ScoreModerated",
            "LeadershipReviewed");
    /** The rest of the round's story, which proposes nothing; named so that a new type is a decision (ConsumedEventsContractTest). */
    public static final java.util.Set<String> IGNORED = java.util.Set.of("ScoringRoundOpened", "ReviewerAssigned", "ScoringRoundClosed",
            "ScoreReopened");
    /** The actor of events the service appends by itself; the causing score event is in {@code causationid}. */
    public static final String SYSTEM_ACTOR = "service:action-service";

    @Inject
    ActionAggregates stores;
    @Inject
    ActionPlanProjection projection;
    @Inject
    Clock clock;

    public ScoreEventsConsumer() {
        super(CONSUMER, IGNORED, "bv.scoring.events");
    }

    @Incoming("scoring-events")
    public Uni<Void> on(String value) {
        // A planner raised the same opportunity between our read and our append: the retry finds it.
        return consume(value).onFailure(ScoreEventsConsumer::isRace).retry().atMost(2);
    }

    @Override
    protected Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        if (RATIONALES.contains(e.type())) return rememberRationale(tx, e);
        if (!FINALISED.equals(e.type())) return Uni.createFrom().voidItem();
        JsonNode d = e.data();
        String cycleId = EventData.requiredText(d, "cycleId");
        String code = EventData.requiredText(d, "characteristicCode");
        Colour colour = Colour.valueOf(EventData.requiredText(d, "colour"));
        String themeCode = EventData.text(d, "themeCode");
        Uni<Void> remember = themeCode == null ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO scored_characteristic (council_id, cycle_id, characteristic_code, theme_code, final_colour)
                        VALUES ($1, $2, $3, $4, $5)
                        ON CONFLICT (council_id, cycle_id, characteristic_code)
                        DO UPDATE SET theme_code = EXCLUDED.theme_code, final_colour = EXCLUDED.final_colour
                        """)
                .execute(Tuple.of(e.councilId(), cycleId, code, themeCode, colour.name())).replaceWithVoid();
        String opportunityId = ActionAggregates.opportunityId(e.councilId(), cycleId, code);
        Uni<String> rationale = tx.preparedQuery("""
                        SELECT rationale FROM score_rationale WHERE council_id = $1 AND cycle_id = $2 AND characteristic_code = $3
                        """)
                .execute(Tuple.of(e.councilId(), cycleId, code))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString("rationale") : null);
        CommandContext ctx = new CommandContext(e.councilId(), SYSTEM_ACTOR, e.correlationId(),
                e.eventId().toString(), e.eventId().toString(), clock.instant());
        return remember.chain(() -> rationale).chain(words -> projection.load(tx, e.councilId(), ActionAggregates.OPPORTUNITY, opportunityId)
                .chain(events -> stores.opportunities().handleInTransaction(tx, ctx, opportunityId, events,
                        new ProposeFromFinalScore(opportunityId, cycleId, code, colour, words), projection.inline())));
    }

    /**
     * Keeps the words that explain the characteristic's colour: the reviewer's rationale on every score, and the reason
     * of a moderator or leadership who revised the colour. A confirmation keeps the words of the colour it confirms,
     * and a request for more evidence explains no colour (the rescore brings a new rationale).
     */
    private static Uni<Void> rememberRationale(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        String reason = EventData.text(d, "reason");
        boolean explainsTheColour = switch (e.type()) {
            case "ScoreRecorded" -> true;
            case "ScoreModerated" -> "REVISED".equals(EventData.text(d, "outcome"));
            case "LeadershipReviewed" -> "REVISED".equals(EventData.text(d, "decision"));
            default -> false;
        };
        if (!explainsTheColour || reason == null || reason.isBlank()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO score_rationale (council_id, cycle_id, characteristic_code, rationale)
                        VALUES ($1, $2, $3, $4)
                        ON CONFLICT (council_id, cycle_id, characteristic_code) DO UPDATE SET rationale = EXCLUDED.rationale
                        """)
                .execute(Tuple.of(e.councilId(), EventData.requiredText(d, "cycleId"),
                        EventData.requiredText(d, "characteristicCode"), reason.strip()))
                .replaceWithVoid();
    }

    private static boolean isRace(Throwable t) {
        return t instanceof ConcurrencyConflict || UniqueViolations.is(t);
    }
}
