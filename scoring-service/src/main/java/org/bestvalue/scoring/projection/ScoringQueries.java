package org.bestvalue.scoring.projection;

import org.bestvalue.eventkit.read.StoredEvent;
import org.bestvalue.eventkit.read.Where;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import org.bestvalue.scoring.application.ScoringAggregates;
import org.bestvalue.scoring.score.Characteristic;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.ScoreStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bestvalue.eventkit.EventData.text;

/**
 * The read side of scoring: the query tables and the score history through their Panache entities,
 * always scoped to one council. Callers hold a Hibernate Reactive session ({@code @WithSession}).
 */
@ApplicationScoped
public class ScoringQueries {
    /** {@code GET /rounds}: sort fields and their entity attributes. */
    public static final SortFields ROUND_SORTS = SortFields.named("openedAt", "name", "status", "roundId").byDefault("openedAt,roundId");

    /**
     * {@code GET /rounds/{roundId}/scores}: framework order is the theme's position ({@code themeOrder}),
     * then the characteristic's ({@code order}); {@code code} is unique in a round.
     */
    public static final SortFields SCORE_SORTS = SortFields.of("themeOrder", "ft.ord", "theme", "s.themeCode", "order", "fc.ord",
            "code", "s.characteristicCode", "state", "s.status", "colour", "s.colour", "reviewer", "s.reviewerId",
            "updatedAt", "s.updatedAt").byDefault("themeOrder,theme,order,code");

    /** {@code …/history}: newest first by default; the event's position is unique. */
    public static final SortFields HISTORY_SORTS = SortFields.of("at", "occurredAt", "version", "streamVersion", "position", "position")
            .byDefault("-position");

    @Inject
    org.bestvalue.eventkit.people.PeopleDirectory people;
    @Inject
    ObjectMapper mapper;

    /** @param reviewer the reviewer by name and job title (the directory's; the id alone when it cannot be asked) */
    public record ThemeReviewer(String themeCode, String reviewerId, Instant assignedAt, String assignedBy,
                                org.bestvalue.eventkit.people.Person reviewer) {
    }

    /** A round and what is left to do in it. */
    public record RoundView(String roundId, String cycleId, String name, String kind, String status, Instant openedAt,
                            String openedBy, Instant snapshotAt, String closedBy, List<ThemeReviewer> reviewers,
                            List<String> themesWithoutReviewer, Map<ScoreStatus, Integer> counts, List<String> unscored,
                            List<String> awaitingModeration, List<String> awaitingLeadershipReview, List<String> reopened,
                            Map<Colour, Integer> finalColours, long version) {
        /** The same view with each reviewer named. */
        RoundView named(Map<String, org.bestvalue.eventkit.people.Person> people) {
            List<ThemeReviewer> named = reviewers.stream().map(t -> new ThemeReviewer(t.themeCode(), t.reviewerId(), t.assignedAt(),
                    t.assignedBy(), people.getOrDefault(t.reviewerId(), org.bestvalue.eventkit.people.Person.unresolved(t.reviewerId()))))
                    .toList();
            return new RoundView(roundId, cycleId, name, kind, status, openedAt, openedBy, snapshotAt, closedBy, named,
                    themesWithoutReviewer, counts, unscored, awaitingModeration, awaitingLeadershipReview, reopened, finalColours, version);
        }
    }

    public record RoundSummary(String roundId, String cycleId, String name, String kind, String status, Instant openedAt,
                               Instant snapshotAt, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreView(String roundId, String cycleId, String characteristicCode, String themeCode, ScoreStatus status,
                            Colour colour, boolean leadershipReviewRequired, String reviewerId, String rationale,
                            List<String> evidenceSampled, String moderationOutcome, String moderatorId,
                            String moderationReason, String leadershipDecision, String leadershipReason,
                            Instant updatedAt, String updatedBy, long version,
                            Map<String, org.bestvalue.eventkit.people.Person> people) {
        /** The reviewer, moderator and last editor by name and job title, keyed by user id. */
        ScoreView named(Map<String, org.bestvalue.eventkit.people.Person> who) {
            return new ScoreView(roundId, cycleId, characteristicCode, themeCode, status, colour, leadershipReviewRequired,
                    reviewerId, rationale, evidenceSampled, moderationOutcome, moderatorId, moderationReason, leadershipDecision,
                    leadershipReason, updatedAt, updatedBy, version, who);
        }

        List<String> userIds() {
            return java.util.stream.Stream.of(reviewerId, moderatorId, updatedBy).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    private Uni<ScoreView> named(ScoreView v) {
        return people.lookup(v.userIds()).map(v::named);
    }

    /** One change of a score: who, when, old → new colour, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(String eventId, String type, Instant at, String actor, String correlationId, String roundId,
                               String characteristicCode, String themeCode, String previousColour, String colour,
                               String reason, String outcome, String decision, String reviewerId,
                               List<String> evidenceSampled, long version) {
    }

    public record CycleCharacteristic(String characteristicCode, String themeCode, String crossReferenceTo, ScoreStatus status,
                                      Colour colour, String roundId) {
    }

    /** A cycle's current colours (the latest score of each characteristic across its rounds) and the final tally. */
    public record CycleScores(String cycleId, int scorable, int finalCount, Map<Colour, Integer> finalColours,
                              List<CycleCharacteristic> characteristics) {
    }

    /** The filters of a round's score list; null means any. */
    public record ScoreFilter(String theme, String state, String reviewer) {
        public ScoreFilter {
            if (state != null && Arrays.stream(ScoreStatus.values()).noneMatch(s -> s.name().equals(state))) {
                throw new RuleViolation(400, "invalid-status", "state", "state must be one of " + Arrays.toString(ScoreStatus.values()));
            }
        }
    }

    // ---------------------------------------------------------------- rounds

    public Uni<Page<RoundSummary>> rounds(String councilId, String cycleId, PageRequest page) {
        Parameters params = Parameters.with("council", councilId);
        String where = "councilId = :council";
        if (cycleId != null && !cycleId.isBlank()) {
            where += " and cycleId = :cycle";
            params = params.and("cycle", cycleId);
        }
        return page(RoundRow.<RoundRow>find(where, page.sort(), params), page, ScoringQueries::summary);
    }

    private static RoundSummary summary(RoundRow r) {
        return new RoundSummary(r.roundId, r.cycleId, r.name, r.kind, r.status, r.openedAt, r.snapshotAt, r.version);
    }

    private Uni<RoundRow> requireRound(String councilId, String roundId) {
        return RoundRow.<RoundRow>find("councilId = ?1 and roundId = ?2", councilId, roundId).firstResult()
                .map(r -> {
                    if (r == null) throw new NotFound("Scoring round " + roundId + " not found");
                    return r;
                });
    }

    public Uni<RoundView> round(String councilId, String roundId) {
        return requireRound(councilId, roundId).chain(round -> cycle(councilId, round.cycleId).chain(cycle -> {
            String fv = cycle == null ? "" : cycle.frameworkVersionId;
            return themes(fv).chain(themes -> catalogue(fv, themes)
                    .chain(catalogue -> ReviewerAssignmentRow.<ReviewerAssignmentRow>list("councilId = ?1 and roundId = ?2",
                                    Sort.by("themeCode"), councilId, roundId)
                            .chain(reviewers -> ScoreRow.<ScoreRow>list("councilId = ?1 and roundId = ?2", councilId, roundId)
                                    .map(scores -> roundView(round, themes, catalogue, reviewers, scores)))));
        })).chain(view -> people.lookup(view.reviewers().stream().map(ThemeReviewer::reviewerId).toList()).map(view::named));
    }

    private static RoundView roundView(RoundRow r, List<FrameworkThemeRow> themes, List<Characteristic> catalogue,
                                       List<ReviewerAssignmentRow> assignments, List<ScoreRow> scores) {
        List<ThemeReviewer> reviewers = assignments.stream()
                .map(a -> new ThemeReviewer(a.themeCode, a.reviewerId, a.assignedAt, a.assignedBy,
                        org.bestvalue.eventkit.people.Person.unresolved(a.reviewerId))).toList();
        List<String> withoutReviewer = new ArrayList<>();
        for (FrameworkThemeRow t : themes) if (reviewers.stream().noneMatch(a -> a.themeCode().equals(t.code))) withoutReviewer.add(t.code);
        Map<String, ScoreRow> byCode = new LinkedHashMap<>();
        scores.forEach(s -> byCode.put(s.characteristicCode, s));
        Map<ScoreStatus, Integer> counts = new LinkedHashMap<>();
        for (ScoreStatus s : ScoreStatus.values()) counts.put(s, 0);
        Map<Colour, Integer> finals = tally();
        List<String> unscored = new ArrayList<>(), awaitingModeration = new ArrayList<>(), awaitingLeadership = new ArrayList<>(),
                reopened = new ArrayList<>();
        for (Characteristic c : catalogue) {
            if (c.crossReferenceTo() != null) continue;
            ScoreRow s = byCode.get(c.code());
            ScoreStatus status = s == null ? ScoreStatus.UNSCORED : ScoreStatus.valueOf(s.status);
            counts.merge(status, 1, Integer::sum);
            switch (status) {
                case UNSCORED -> unscored.add(c.code());
                case SCORED -> awaitingModeration.add(c.code());
                case MODERATED -> awaitingLeadership.add(c.code());
                case REOPENED -> reopened.add(c.code());
                case FINAL -> finals.merge(colour(s.colour), 1, Integer::sum);
            }
        }
        return new RoundView(r.roundId, r.cycleId, r.name, r.kind, r.status, r.openedAt, r.openedBy, r.snapshotAt, r.closedBy,
                reviewers, withoutReviewer, counts, unscored, awaitingModeration, awaitingLeadership, reopened, finals, r.version);
    }

    // ---------------------------------------------------------------- the local view of the assessment

    private static Uni<AssessmentCycleRow> cycle(String councilId, String cycleId) {
        return AssessmentCycleRow.<AssessmentCycleRow>find("councilId = ?1 and cycleId = ?2", councilId, cycleId).firstResult();
    }

    private static Uni<List<FrameworkThemeRow>> themes(String frameworkVersionId) {
        return FrameworkThemeRow.list("frameworkVersionId", Sort.by("ord").and("code"), frameworkVersionId);
    }

    /** The characteristics of a framework version in framework order (theme's position, then its own), cross-references included. */
    private static Uni<List<Characteristic>> catalogue(String frameworkVersionId, List<FrameworkThemeRow> themes) {
        Map<String, Integer> themeOrder = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) themeOrder.put(themes.get(i).code, i);
        Comparator<FrameworkCharacteristicRow> order = Comparator
                .<FrameworkCharacteristicRow>comparingInt(c -> themeOrder.getOrDefault(c.themeCode, Integer.MAX_VALUE))
                .thenComparing(c -> c.themeCode)
                .thenComparing(c -> c.ord, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.code);
        return FrameworkCharacteristicRow.<FrameworkCharacteristicRow>list("frameworkVersionId", frameworkVersionId)
                .map(rows -> rows.stream().sorted(order).map(FrameworkCharacteristicRow::characteristic).toList());
    }

    // ---------------------------------------------------------------- scores

    /** The round and the characteristic as the caller's council sees them: 404 otherwise. */
    public record ScoreTarget(RoundRow round, AssessmentCycleRow cycle, Characteristic characteristic) {
    }

    public Uni<ScoreTarget> target(String councilId, String roundId, String code) {
        return requireRound(councilId, roundId).chain(round -> cycle(councilId, round.cycleId).chain(cycle -> {
            // Only when the local view is being rebuilt from the assessment topic and has not reached the cycle yet.
            if (cycle == null) throw new RuleViolation(409, "cycle-not-in-view", "cycleId",
                    "Cycle " + round.cycleId + " of this round is not (yet) known to scoring; try again shortly");
            return FrameworkCharacteristicRow.<FrameworkCharacteristicRow>findById(
                            new FrameworkEntryRow.Key(cycle.frameworkVersionId, code))
                    .map(ch -> {
                        if (ch == null) throw new NotFound("Characteristic " + code + " is not in the framework of this round's cycle");
                        return new ScoreTarget(round, cycle, ch.characteristic());
                    });
        }));
    }

    /** One page of a round's scores, filtered and sorted. */
    public Uni<Page<ScoreView>> scores(String councilId, String roundId, ScoreFilter filter, PageRequest page) {
        return scoreQuery(councilId, roundId, filter, page).chain(q -> page(q, page, ScoringQueries::scoreView))
                .chain(p -> people.lookup(p.items().stream().flatMap(v -> v.userIds().stream()).distinct().toList())
                        .map(who -> p.map(v -> v.named(who))));
    }

    /** Every score of a round that matches the filter, in the requested order (the CSV holds every row). */
    public Uni<List<ScoreView>> allScores(String councilId, String roundId, ScoreFilter filter, PageRequest order) {
        return scoreQuery(councilId, roundId, filter, order).chain(q -> q.list())
                .map(rows -> rows.stream().map(ScoringQueries::scoreView).toList());
    }

    /**
     * HQL that joins the local framework catalogue (entity joins on the catalogue's key; the tables have no
     * foreign keys to map as associations) so that framework order is a sort like any other.
     */
    private Uni<PanacheQuery<ScoreRow>> scoreQuery(String councilId, String roundId, ScoreFilter filter, PageRequest page) {
        Where w = Where.of("select s from ScoreRow s join AssessmentCycleRow c on c.cycleId = s.cycleId "
                        + "left join FrameworkCharacteristicRow fc on fc.frameworkVersionId = c.frameworkVersionId and fc.code = s.characteristicCode "
                        + "left join FrameworkThemeRow ft on ft.frameworkVersionId = c.frameworkVersionId and ft.code = s.themeCode "
                        + "where s.councilId = :council and s.roundId = :round", Parameters.with("council", councilId).and("round", roundId))
                .and("s.themeCode = :theme", "theme", filter.theme())
                .and("s.status = :state", "state", filter.state())
                .and("s.reviewerId = :reviewer", "reviewer", filter.reviewer());
        // The sort names alias-qualified attributes (s.…, fc.…, ft.…): Panache must not quote them whole.
        return requireRound(councilId, roundId).map(round -> ScoreRow.<ScoreRow>find(w.query(), page.sort().disableEscaping(), w.parameters()));
    }

    /** A score as the projection holds it, or the unscored view (version 0) of a characteristic not scored yet. */
    public Uni<ScoreView> score(String councilId, String roundId, String code) {
        return target(councilId, roundId, code).chain(t -> ScoreRow.<ScoreRow>findById(new ScoreRow.Key(roundId, code))
                .map(s -> s != null ? scoreView(s)
                        : new ScoreView(roundId, t.cycle().cycleId, code, t.characteristic().themeCode(), ScoreStatus.UNSCORED,
                        null, false, null, null, List.of(), null, null, null, null, null, null, null, 0, Map.of())))
                .chain(this::named);
    }

    private static ScoreView scoreView(ScoreRow r) {
        Colour c = colour(r.colour);
        boolean moderated = r.moderationOutcome != null;
        return new ScoreView(r.roundId, r.cycleId, r.characteristicCode, r.themeCode, ScoreStatus.valueOf(r.status), c,
                moderated && c != null && c.needsLeadershipReview() || r.leadershipDecision != null,
                r.reviewerId, r.rationale, r.evidenceSampled == null ? List.of() : List.of(r.evidenceSampled),
                r.moderationOutcome, r.moderatorId, r.moderationReason, r.leadershipDecision, r.leadershipReason,
                r.updatedAt, r.updatedBy, r.version, Map.of());
    }

    public Uni<CycleScores> cycleScores(String councilId, String cycleId) {
        return cycle(councilId, cycleId).chain(cycle -> {
            if (cycle == null) throw new NotFound("Assessment cycle " + cycleId + " not found");
            return themes(cycle.frameworkVersionId).chain(themes -> catalogue(cycle.frameworkVersionId, themes))
                    .chain(catalogue -> ScoreRow.<ScoreRow>list("councilId = ?1 and cycleId = ?2",
                                    Sort.by("characteristicCode").and("updatedAt", Sort.Direction.Descending), councilId, cycleId)
                            .map(rows -> cycleScores(cycleId, catalogue, rows)));
        });
    }

    private static CycleScores cycleScores(String cycleId, List<Characteristic> catalogue, List<ScoreRow> newestFirst) {
        Map<String, ScoreRow> latest = new LinkedHashMap<>();
        for (ScoreRow r : newestFirst) latest.putIfAbsent(r.characteristicCode, r);
        Map<Colour, Integer> finals = tally();
        List<CycleCharacteristic> out = new ArrayList<>();
        int scorable = 0, finalCount = 0;
        for (Characteristic ch : catalogue) {
            ScoreRow r = latest.get(ch.code());
            if (ch.crossReferenceTo() == null) scorable++;
            ScoreStatus status = r == null ? ScoreStatus.UNSCORED : ScoreStatus.valueOf(r.status);
            Colour colour = r == null ? null : colour(r.colour);
            if (status == ScoreStatus.FINAL) {
                finalCount++;
                finals.merge(colour, 1, Integer::sum);
            }
            out.add(new CycleCharacteristic(ch.code(), ch.themeCode(), ch.crossReferenceTo(), status, colour,
                    r == null ? null : r.roundId));
        }
        return new CycleScores(cycleId, scorable, finalCount, finals, out);
    }

    // ---------------------------------------------------------------- history

    /** Every change of one characteristic's score in one round. */
    public Uni<Page<HistoryEntry>> history(String councilId, String roundId, String code, PageRequest page) {
        return target(councilId, roundId, code).chain(t -> page(StoredEvent.find(
                "councilId = ?1 and streamType = ?2 and streamId = ?3", page.sort(), councilId, ScoringAggregates.SCORE,
                ScoringAggregates.scoreId(roundId, code)), page, this::entry));
    }

    /** Every change of one characteristic's score across all rounds of a cycle: the score streams of its rounds. */
    public Uni<Page<HistoryEntry>> cycleHistory(String councilId, String cycleId, String code, PageRequest page) {
        return cycle(councilId, cycleId).chain(cycle -> {
            if (cycle == null) throw new NotFound("Assessment cycle " + cycleId + " not found");
            return RoundRow.<RoundRow>list("councilId = ?1 and cycleId = ?2", councilId, cycleId);
        }).chain(rounds -> {
            if (rounds.isEmpty()) return Uni.createFrom().item(page.<HistoryEntry>page(List.of(), 0));
            List<String> streams = rounds.stream().map(r -> ScoringAggregates.scoreId(r.roundId, code)).toList();
            return page(StoredEvent.find("councilId = ?1 and streamType = ?2 and streamId in ?3", page.sort(), councilId,
                    ScoringAggregates.SCORE, streams), page, this::entry);
        });
    }

    private HistoryEntry entry(StoredEvent e) {
        JsonNode d = json(e.data);
        List<String> evidence = null;
        if (d.has("evidenceSampled")) {
            evidence = new ArrayList<>();
            for (JsonNode id : d.get("evidenceSampled")) evidence.add(id.asText());
        }
        return new HistoryEntry(e.eventId.toString(), e.eventType, e.occurredAt, e.actor, e.correlationId, text(d, "roundId"),
                text(d, "characteristicCode"), text(d, "themeCode"), text(d, "previousColour"), text(d, "colour"),
                text(d, "reason"), text(d, "outcome"), text(d, "decision"), text(d, "reviewerId"), evidence, e.streamVersion);
    }

    // ---------------------------------------------------------------- helpers

    private static <E, T> Uni<Page<T>> page(PanacheQuery<E> query, PageRequest page, java.util.function.Function<E, T> view) {
        return org.bestvalue.eventkit.read.Pages.of(query, page, view);
    }

    private static Map<Colour, Integer> tally() {
        Map<Colour, Integer> finals = new LinkedHashMap<>();
        for (Colour c : Colour.values()) finals.put(c, 0);
        return finals;
    }

    private static Colour colour(String name) {
        return name == null ? null : Colour.valueOf(name);
    }

    private JsonNode json(String data) {
        try {
            return mapper.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
