package org.bestvalue.scoring.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.assessment.AssessmentView;
import org.bestvalue.scoring.score.Characteristic;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.ScoreStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the scoring query tables and of the score history, always scoped to one council. */
@ApplicationScoped
public class ScoringQueries {
    private static final String EVENT_COLUMNS = "position, event_id, council_id, stream_type, stream_id, stream_version, "
            + "event_type, schema_version, occurred_at, actor, correlation_id, causation_id, data::text AS data";

    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    AssessmentView assessment;
    @Inject
    ObjectMapper mapper;

    public record ThemeReviewer(String themeCode, String reviewerId, Instant assignedAt, String assignedBy) {
    }

    /** A round and what is left to do in it. */
    public record RoundView(String roundId, String cycleId, String name, String kind, String status, Instant openedAt,
                            String openedBy, Instant snapshotAt, String closedBy, List<ThemeReviewer> reviewers,
                            List<String> themesWithoutReviewer, Map<ScoreStatus, Integer> counts, List<String> unscored,
                            List<String> awaitingModeration, List<String> awaitingLeadershipReview, List<String> reopened,
                            Map<Colour, Integer> finalColours, long version) {
    }

    public record RoundSummary(String roundId, String cycleId, String name, String kind, String status, Instant openedAt,
                               Instant snapshotAt, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreView(String roundId, String cycleId, String characteristicCode, String themeCode, ScoreStatus status,
                            Colour colour, boolean leadershipReviewRequired, String reviewerId, String rationale,
                            List<String> evidenceSampled, String moderationOutcome, String moderatorId,
                            String moderationReason, String leadershipDecision, String leadershipReason,
                            Instant updatedAt, String updatedBy, long version) {
    }

    /** One change of a score: who, when, old → new colour, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(String eventId, String type, Instant at, String actor, String roundId, String characteristicCode,
                               String themeCode, String previousColour, String colour, String reason, String outcome,
                               String decision, String reviewerId, List<String> evidenceSampled, long version) {
    }

    public record CycleCharacteristic(String characteristicCode, String themeCode, String crossReferenceTo, ScoreStatus status,
                                      Colour colour, String roundId) {
    }

    /** A cycle's current colours (the latest score of each characteristic across its rounds) and the final tally. */
    public record CycleScores(String cycleId, int scorable, int finalCount, Map<Colour, Integer> finalColours,
                              List<CycleCharacteristic> characteristics) {
    }

    // ---------------------------------------------------------------- rounds

    public Uni<List<RoundSummary>> rounds(String councilId, String cycleId) {
        String sql = "SELECT * FROM scoring_round WHERE council_id = $1" + (cycleId == null ? "" : " AND cycle_id = $2")
                + " ORDER BY opened_at, round_id";
        Tuple args = cycleId == null ? Tuple.of(councilId) : Tuple.of(councilId, cycleId);
        return pool.preparedQuery(sql).execute(args).map(rs -> {
            List<RoundSummary> out = new ArrayList<>();
            for (Row r : rs) {
                out.add(new RoundSummary(r.getString("round_id"), r.getString("cycle_id"), r.getString("name"),
                        r.getString("kind"), r.getString("status"), instant(r, "opened_at"), instant(r, "snapshot_at"),
                        r.getLong("version")));
            }
            return out;
        });
    }

    public Uni<RoundView> round(String councilId, String roundId) {
        return pool.preparedQuery("SELECT * FROM scoring_round WHERE council_id = $1 AND round_id = $2")
                .execute(Tuple.of(councilId, roundId))
                .chain(rs -> {
                    if (rs.size() == 0) throw new NotFound("Scoring round " + roundId + " not found");
                    Row round = rs.iterator().next();
                    return assessment.cycle(councilId, round.getString("cycle_id")).chain(cycle -> {
                        String fv = cycle.map(AssessmentView.Cycle::frameworkVersionId).orElse("");
                        return assessment.themes(fv).chain(themes -> assessment.catalogue(fv)
                                .chain(catalogue -> reviewers(councilId, roundId)
                                        .chain(reviewers -> scores(councilId, roundId).map(scores ->
                                                roundView(round, themes, catalogue, reviewers, scores)))));
                    });
                });
    }

    private RoundView roundView(Row r, Iterable<String> themes, List<Characteristic> catalogue, List<ThemeReviewer> reviewers,
                                List<ScoreView> scores) {
        List<String> withoutReviewer = new ArrayList<>();
        for (String t : themes) if (reviewers.stream().noneMatch(a -> a.themeCode().equals(t))) withoutReviewer.add(t);
        Map<String, ScoreView> byCode = new LinkedHashMap<>();
        scores.forEach(s -> byCode.put(s.characteristicCode(), s));
        Map<ScoreStatus, Integer> counts = new LinkedHashMap<>();
        for (ScoreStatus s : ScoreStatus.values()) counts.put(s, 0);
        Map<Colour, Integer> finals = new LinkedHashMap<>();
        for (Colour c : Colour.values()) finals.put(c, 0);
        List<String> unscored = new ArrayList<>(), awaitingModeration = new ArrayList<>(), awaitingLeadership = new ArrayList<>(),
                reopened = new ArrayList<>();
        for (Characteristic c : catalogue) {
            if (c.crossReferenceTo() != null) continue;
            ScoreView s = byCode.get(c.code());
            ScoreStatus status = s == null ? ScoreStatus.UNSCORED : s.status();
            counts.merge(status, 1, Integer::sum);
            switch (status) {
                case UNSCORED -> unscored.add(c.code());
                case SCORED -> awaitingModeration.add(c.code());
                case MODERATED -> awaitingLeadership.add(c.code());
                case REOPENED -> reopened.add(c.code());
                case FINAL -> finals.merge(s.colour(), 1, Integer::sum);
            }
        }
        return new RoundView(r.getString("round_id"), r.getString("cycle_id"), r.getString("name"), r.getString("kind"),
                r.getString("status"), instant(r, "opened_at"), r.getString("opened_by"), instant(r, "snapshot_at"),
                r.getString("closed_by"), reviewers, withoutReviewer, counts, unscored, awaitingModeration,
                awaitingLeadership, reopened, finals, r.getLong("version"));
    }

    private Uni<List<ThemeReviewer>> reviewers(String councilId, String roundId) {
        return pool.preparedQuery("SELECT * FROM reviewer_assignment WHERE council_id = $1 AND round_id = $2 ORDER BY theme_code")
                .execute(Tuple.of(councilId, roundId))
                .map(rs -> {
                    List<ThemeReviewer> out = new ArrayList<>();
                    for (Row r : rs) {
                        out.add(new ThemeReviewer(r.getString("theme_code"), r.getString("reviewer_id"),
                                instant(r, "assigned_at"), r.getString("assigned_by")));
                    }
                    return out;
                });
    }

    // ---------------------------------------------------------------- scores

    /** The round's scores, in the catalogue's order when the catalogue is known. */
    public Uni<List<ScoreView>> scores(String councilId, String roundId) {
        return pool.preparedQuery("SELECT s.* FROM score s JOIN assessment_cycle c ON c.cycle_id = s.cycle_id "
                        + "LEFT JOIN framework_characteristic fc ON fc.framework_version_id = c.framework_version_id "
                        + "AND fc.code = s.characteristic_code "
                        + "LEFT JOIN framework_theme ft ON ft.framework_version_id = c.framework_version_id AND ft.code = s.theme_code "
                        + "WHERE s.council_id = $1 AND s.round_id = $2 ORDER BY ft.ord, s.theme_code, fc.ord, s.characteristic_code")
                .execute(Tuple.of(councilId, roundId))
                .map(rs -> {
                    List<ScoreView> out = new ArrayList<>();
                    for (Row r : rs) out.add(scoreView(r));
                    return out;
                });
    }

    /** A score as the projection holds it, or the unscored view (version 0) of a characteristic not scored yet. */
    public Uni<ScoreView> score(String councilId, String roundId, String cycleId, Characteristic ch) {
        return pool.preparedQuery("SELECT * FROM score WHERE council_id = $1 AND round_id = $2 AND characteristic_code = $3")
                .execute(Tuple.of(councilId, roundId, ch.code()))
                .map(rs -> rs.size() > 0 ? scoreView(rs.iterator().next())
                        : new ScoreView(roundId, cycleId, ch.code(), ch.themeCode(), ScoreStatus.UNSCORED, null, false, null,
                        null, List.of(), null, null, null, null, null, null, null, 0));
    }

    private static ScoreView scoreView(Row r) {
        String colour = r.getString("colour");
        String status = r.getString("status");
        Colour c = colour == null ? null : Colour.valueOf(colour);
        String[] evidence = r.getArrayOfStrings("evidence_sampled");
        boolean moderated = r.getString("moderation_outcome") != null;
        return new ScoreView(r.getString("round_id"), r.getString("cycle_id"), r.getString("characteristic_code"),
                r.getString("theme_code"), ScoreStatus.valueOf(status), c,
                moderated && c != null && c.needsLeadershipReview() || r.getString("leadership_decision") != null,
                r.getString("reviewer_id"), r.getString("rationale"), evidence == null ? List.of() : Arrays.asList(evidence),
                r.getString("moderation_outcome"), r.getString("moderator_id"), r.getString("moderation_reason"),
                r.getString("leadership_decision"), r.getString("leadership_reason"), instant(r, "updated_at"),
                r.getString("updated_by"), r.getLong("version"));
    }

    public Uni<CycleScores> cycleScores(String councilId, String cycleId) {
        return assessment.cycle(councilId, cycleId).chain(cycle -> {
            if (cycle.isEmpty()) throw new NotFound("Assessment cycle " + cycleId + " not found");
            return assessment.catalogue(cycle.get().frameworkVersionId()).chain(catalogue -> pool.preparedQuery(
                            "SELECT DISTINCT ON (characteristic_code) characteristic_code, status, colour, round_id FROM score "
                                    + "WHERE council_id = $1 AND cycle_id = $2 ORDER BY characteristic_code, updated_at DESC")
                    .execute(Tuple.of(councilId, cycleId))
                    .map(rs -> {
                        Map<String, Row> latest = new LinkedHashMap<>();
                        for (Row r : rs) latest.put(r.getString("characteristic_code"), r);
                        Map<Colour, Integer> finals = new LinkedHashMap<>();
                        for (Colour c : Colour.values()) finals.put(c, 0);
                        List<CycleCharacteristic> out = new ArrayList<>();
                        int scorable = 0, finalCount = 0;
                        for (Characteristic ch : catalogue) {
                            Row r = latest.get(ch.code());
                            if (ch.crossReferenceTo() == null) scorable++;
                            ScoreStatus status = r == null ? ScoreStatus.UNSCORED : ScoreStatus.valueOf(r.getString("status"));
                            Colour colour = r == null || r.getString("colour") == null ? null : Colour.valueOf(r.getString("colour"));
                            if (status == ScoreStatus.FINAL) {
                                finalCount++;
                                finals.merge(colour, 1, Integer::sum);
                            }
                            out.add(new CycleCharacteristic(ch.code(), ch.themeCode(), ch.crossReferenceTo(), status, colour,
                                    r == null ? null : r.getString("round_id")));
                        }
                        return new CycleScores(cycleId, scorable, finalCount, finals, out);
                    }));
        });
    }

    // ---------------------------------------------------------------- history

    /** Every change of one characteristic's score in one round, oldest first. */
    public Uni<List<HistoryEntry>> history(String councilId, String roundId, String code) {
        return history("SELECT " + EVENT_COLUMNS + " FROM events WHERE council_id = $1 AND stream_type = 'score' "
                + "AND stream_id = $2 ORDER BY position", Tuple.of(councilId, ScoringStores.scoreId(roundId, code)));
    }

    /** Every change of one characteristic's score across all rounds of a cycle, oldest first. */
    public Uni<List<HistoryEntry>> cycleHistory(String councilId, String cycleId, String code) {
        return assessment.cycle(councilId, cycleId).chain(cycle -> {
            if (cycle.isEmpty()) throw new NotFound("Assessment cycle " + cycleId + " not found");
            return history("SELECT " + EVENT_COLUMNS + " FROM events WHERE council_id = $1 AND stream_type = 'score' "
                    + "AND data->>'cycleId' = $2 AND data->>'characteristicCode' = $3 ORDER BY position",
                    Tuple.of(councilId, cycleId, code));
        });
    }

    private Uni<List<HistoryEntry>> history(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rs -> {
            List<HistoryEntry> out = new ArrayList<>();
            for (EventEnvelope e : store.toEnvelopes(rs)) out.add(entry(e));
            return out;
        });
    }

    private HistoryEntry entry(EventEnvelope e) {
        JsonNode d = e.data();
        List<String> evidence = null;
        if (d.has("evidenceSampled")) {
            evidence = new ArrayList<>();
            for (JsonNode id : d.get("evidenceSampled")) evidence.add(id.asText());
        }
        return new HistoryEntry(e.eventId().toString(), e.type(), e.occurredAt(), e.actor(), text(d, "roundId"),
                text(d, "characteristicCode"), text(d, "themeCode"), text(d, "previousColour"), text(d, "colour"),
                text(d, "reason"), text(d, "outcome"), text(d, "decision"), text(d, "reviewerId"), evidence, e.streamVersion());
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(Row r, String column) {
        var t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
