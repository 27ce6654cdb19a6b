package org.bestvalue.reporting.application;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.reporting.actionplan.ActionEntry;
import org.bestvalue.reporting.actionplan.ActionPlan;
import org.bestvalue.reporting.actionplan.ActionPlans;
import org.bestvalue.reporting.agreement.CycleAgreement;
import org.bestvalue.reporting.agreement.InterRaterAgreement;
import org.bestvalue.reporting.audit.ScoreChange;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.comments.OpenComments;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.HeatMap;
import org.bestvalue.reporting.heatmap.HeatMaps;
import org.bestvalue.reporting.projection.ActiveReadModel;
import org.bestvalue.reporting.projection.ReadModelQueries;
import org.bestvalue.reporting.yearonyear.YearOnYear;
import org.bestvalue.reporting.yearonyear.YearOnYearComparison;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assembles the reports from the active read models. Every method is scoped to one council. */
@ApplicationScoped
public class Reports {
    /** The councils' local time zone, for "today" when deciding what is overdue. */
    static final ZoneId LOCAL = ZoneId.of("Europe/London");

    @Inject
    ActiveReadModel readModel;
    @Inject
    Clock clock;
    @Inject
    PeopleDirectory people;


    public Uni<List<Cycle>> cycles(String councilId) {
        return readModel.read(q -> q.cycles(councilId));
    }

    public Uni<Page<Cycle>> cycles(String councilId, PageRequest page) {
        return readModel.read(q -> q.cycles(councilId, page));
    }

    public Uni<Cycle> cycle(String councilId, String cycleId) {
        return readModel.read(q -> q.cycle(councilId, cycleId));
    }

    /**
     * The heat-map now (asOf null: from its kept document, {@link #heatMapDocument}) or as it stood at {@code asOf},
     * from the recorded score history.
     */
    public Uni<HeatMap> heatMap(String councilId, String cycleId, Instant asOf) {
        return asOf == null ? heatMapDocument(councilId, cycleId).map(HeatMapDocuments.Document::map) : computed(councilId, cycleId, asOf);
    }

    private Uni<HeatMap> computed(String councilId, String cycleId, Instant asOf) {
        return readModel.read(q -> heatMap(q, councilId, cycleId, asOf)).chain(this::named);
    }

    @Inject
    HeatMapDocuments documents;

    /** The heat-map now, as a document kept until the council's read models move on ({@link HeatMapDocuments}). */
    public Uni<HeatMapDocuments.Document> heatMapDocument(String councilId, String cycleId) {
        return documents.current(councilId, cycleId, () -> computed(councilId, cycleId, null));
    }

    // Each cell's last editor by name and job title.
    private Uni<HeatMap> named(HeatMap m) {
        return people.lookup(m.editors()).map(m::named);
    }

    Uni<HeatMap> heatMap(ReadModelQueries q, String councilId, String cycleId, Instant asOf) {
        return heatMap(q, councilId, cycleId, asOf, true);
    }

    // With the reviewers' open comments counted, or (for the public) without them.
    private Uni<HeatMap> heatMap(ReadModelQueries q, String councilId, String cycleId, Instant asOf, boolean openComments) {
        return q.cycle(councilId, cycleId).chain(c -> q.framework(c.frameworkVersionId())
                .chain(f -> q.scoreHistory(councilId, cycleId).chain(h -> !openComments
                        ? Uni.createFrom().item(HeatMaps.at(c, f, h, asOf))
                        : q.commentHistory(councilId, cycleId).map(comments ->
                                HeatMaps.at(c, f, h, asOf, OpenComments.perCharacteristic(comments, asOf))))));
    }

    public Uni<YearOnYear> yearOnYear(String councilId, String cycleId, String previousCycleId) {
        return readModel.read(q -> yearOnYear(q, councilId, cycleId, previousCycleId));
    }

    Uni<YearOnYear> yearOnYear(ReadModelQueries q, String councilId, String cycleId, String previousCycleId) {
        return q.cycles(councilId).chain(all -> {
            Cycle current = all.stream().filter(c -> c.cycleId().equals(cycleId)).findFirst()
                    .orElseThrow(() -> new NotFound("No cycle " + cycleId));
            Cycle previous = previousOf(all, current, previousCycleId)
                    .orElseThrow(() -> new NotFound(previousCycleId != null ? "No cycle " + previousCycleId
                            : "Cycle " + cycleId + " has no earlier cycle to compare with"));
            return q.frameworkIds().chain(q::frameworks).chain(fws -> {
                FrameworkVersion pf = require(fws, previous.frameworkVersionId());
                FrameworkVersion cf = require(fws, current.frameworkVersionId());
                return colours(q, councilId, previous).chain(pc -> colours(q, councilId, current)
                        .map(cc -> YearOnYearComparison.compare(previous, pf, pc, current, cf, cc, fws::get)));
            });
        });
    }

    /** The cycle compared with: the one named, else the one carried forward from, else the latest earlier year. */
    static Optional<Cycle> previousOf(List<Cycle> all, Cycle current, String previousCycleId) {
        if (previousCycleId != null) return all.stream().filter(c -> c.cycleId().equals(previousCycleId)).findFirst();
        if (current.carriedForwardFrom() != null) {
            Optional<Cycle> carried = all.stream().filter(c -> c.cycleId().equals(current.carriedForwardFrom())).findFirst();
            if (carried.isPresent()) return carried;
        }
        return all.stream().filter(c -> c.year() < current.year()).max(Comparator.comparingInt(Cycle::year));
    }

    /**
     * The colours a cycle is compared on: its published snapshot if it has one, else its committee
     * snapshot, else its latest scores.
     */
    private Uni<Map<String, Colour>> colours(ReadModelQueries q, String councilId, Cycle c) {
        Instant at = c.publishedAsOf() != null ? c.publishedAsOf() : c.snapshotAsOf();
        return q.scoreHistory(councilId, c.cycleId()).map(h -> {
            Map<String, Colour> colours = new HashMap<>();
            HeatMaps.latestPerCharacteristic(h, at).forEach((code, e) -> {
                if (e.colour() != null) colours.put(code, e.colour());
            });
            return colours;
        });
    }

    /** A characteristic's score changes in the cycle, paged; 404 for a code the cycle neither has nor scored. */
    public Uni<Page<ScoreChange>> history(String councilId, String cycleId, String code, PageRequest page) {
        return readModel.read(q -> q.cycle(councilId, cycleId).chain(c -> q.scoreChanges(councilId, cycleId, code, page)
                .chain(changes -> changes.total() > 0 ? Uni.createFrom().item(changes)
                        : q.hasCharacteristic(c.frameworkVersionId(), code).map(known -> {
                            if (!known) throw new NotFound("No characteristic " + code + " in cycle " + cycleId);
                            return changes;
                        })))).chain(changes -> people.lookup(changes.items().stream().map(ScoreChange::actor).toList())
                        .map(who -> changes.map(ch -> ch.by(who.getOrDefault(ch.actor(), Person.unresolved(ch.actor()))))));
    }

    public Uni<ActionPlan> actionPlan(String councilId, String cycleId) {
        return readModel.read(q -> actionPlan(q, councilId, cycleId));
    }

    Uni<ActionPlan> actionPlan(ReadModelQueries q, String councilId, String cycleId) {
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        return q.cycle(councilId, cycleId).chain(c -> q.framework(c.frameworkVersionId())
                .chain(f -> q.actionHistory(councilId, cycleId).chain(h -> people.lookup(ActionPlans.officerIds(h))
                        .map(who -> ActionPlans.of(c, f, h, today, id -> who.getOrDefault(id, Person.unresolved(id)))))));
    }

    public Uni<CycleAgreement> agreement(String councilId, String cycleId) {
        return readModel.read(q -> q.cycle(councilId, cycleId).chain(c -> q.rounds(councilId, cycleId)
                .chain(rounds -> q.scoreHistory(councilId, cycleId).map(h -> new CycleAgreement(cycleId, rounds.stream()
                        .map(r -> InterRaterAgreement.of(r.roundId(), r.name(), r.kind(), h)).toList())))));
    }

    public Uni<InterRaterAgreement> agreement(String councilId, String cycleId, String roundId) {
        return agreement(councilId, cycleId).map(all -> all.rounds().stream().filter(a -> a.roundId().equals(roundId)).findFirst()
                .orElseThrow(() -> new NotFound("No scoring round " + roundId + " in cycle " + cycleId)));
    }

    /** What goes into the committee pack: the heat-map (the snapshot, if one was taken), year on year, action plan. */
    public record CommitteePack(Cycle cycle, HeatMap heatMap, YearOnYear yearOnYear, ActionPlan actionPlan) {
    }

    public Uni<CommitteePack> committeePack(String councilId, String cycleId, Instant asOf) {
        return readModel.read(q -> q.cycle(councilId, cycleId).chain(c -> {
            Instant at = asOf != null ? asOf : c.snapshotAsOf();
            return heatMap(q, councilId, cycleId, at).chain(this::named).chain(hm -> yearOnYear(q, councilId, cycleId, null)
                    .onFailure(NotFound.class).recoverWithNull()
                    .chain(yoy -> actionPlan(q, councilId, cycleId).map(ap -> new CommitteePack(c, hm, yoy, ap))));
        }));
    }

    // --- The public view: published cycles only; anything else is not found. ---

    public Uni<Page<Cycle>> publishedCycles(String councilId, PageRequest page) {
        return readModel.read(q -> q.publishedCycles(councilId, page));
    }

    public Uni<Cycle> publishedCycle(String councilId, String cycleId) {
        return cycle(councilId, cycleId).map(c -> {
            if (!c.published()) throw new NotFound("No published cycle " + cycleId);
            return c;
        });
    }

    /** The published snapshot: the heat-map as of the instant the planner published. */
    public Uni<HeatMap> publishedHeatMap(String councilId, String cycleId) {
        // Reviewers' comments are the council's internal working: the public heat-map does not count them.
        return publishedCycle(councilId, cycleId).chain(c -> readModel.read(q -> heatMap(q, councilId, cycleId, c.publishedAsOf(), false))
                .chain(this::named));
    }

    /**
     * The action plan as published: folded from the opportunity and action events up to the instant the planner last
     * published the cycle, dated that day; a later publication brings it up to date.
     */
    public Uni<ActionPlan> publishedActionPlan(String councilId, String cycleId) {
        return publishedCycle(councilId, cycleId).chain(c -> readModel.read(q -> q.framework(c.frameworkVersionId())
                .chain(f -> q.actionHistory(councilId, cycleId).chain(all -> {
                    List<ActionEntry> published = all.stream().filter(e -> !e.at().isAfter(c.publishedAt())).toList();
                    return people.lookup(ActionPlans.officerIds(published)).map(who -> ActionPlans.of(c, f, published,
                            LocalDate.ofInstant(c.publishedAt(), LOCAL), id -> who.getOrDefault(id, Person.unresolved(id))));
                }))));
    }

    private static FrameworkVersion require(Map<String, FrameworkVersion> fws, String id) {
        FrameworkVersion f = fws.get(id);
        if (f == null) throw new NotFound("Framework version " + id + " is not known yet");
        return f;
    }
}
