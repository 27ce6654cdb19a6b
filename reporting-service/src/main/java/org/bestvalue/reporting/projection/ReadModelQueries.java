package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.reporting.actionplan.ActionEntry;
import org.bestvalue.reporting.audit.ScoreChange;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one generation of the read models through their Panache entities (the caller holds a reactive
 * session: {@code Panache.withSession}). Every cycle query is scoped by council: another council's cycle is
 * reported as not found.
 */
public class ReadModelQueries {
    private static final String PUBLISHED = "PUBLISHED";
    private final ObjectMapper mapper;
    private final int generation;

    public ReadModelQueries(ObjectMapper mapper, int generation) {
        this.mapper = mapper;
        this.generation = generation;
    }

    /** Queries against whatever generation is active now (the generation switch stays on the PG client). */
    public static Uni<ReadModelQueries> active(Pool pool, ObjectMapper mapper) {
        return Generations.read(pool).map(g -> new ReadModelQueries(mapper, g.active()));
    }

    public int generation() {
        return generation;
    }

    /** Every cycle of the council, oldest year first. */
    public Uni<List<Cycle>> cycles(String councilId) {
        return CycleRow.<CycleRow>list("generation = ?1 and councilId = ?2", Sort.by("year").and("openedAt"),
                generation, councilId).chain(this::withMilestones);
    }

    /** One page of the council's cycles. */
    public Uni<Page<Cycle>> cycles(String councilId, PageRequest page) {
        var query = CycleRow.<CycleRow>find("generation = ?1 and councilId = ?2", page.sort(), generation, councilId);
        return query.page(page.panachePage()).list().chain(this::withMilestones)
                .chain(items -> query.count().map(total -> page.page(items, total)));
    }

    /** One page of the council's published cycles (a PUBLISHED milestone exists). */
    public Uni<Page<Cycle>> publishedCycles(String councilId, PageRequest page) {
        var query = CycleRow.<CycleRow>find("from CycleRow c where c.generation = ?1 and c.councilId = ?2 and exists"
                        + " (from CycleMilestoneRow m where m.generation = c.generation and m.cycleId = c.cycleId and m.kind = ?3)",
                page.sort(), generation, councilId, PUBLISHED);
        return query.page(page.panachePage()).list().chain(this::withMilestones)
                .chain(items -> query.count().map(total -> page.page(items, total)));
    }

    public Uni<Cycle> cycle(String councilId, String cycleId) {
        return CycleRow.<CycleRow>find("generation = ?1 and councilId = ?2 and cycleId = ?3", generation, councilId, cycleId)
                .firstResult().chain(row -> {
                    if (row == null) throw new NotFound("No cycle " + cycleId);
                    return withMilestones(List.of(row)).map(l -> l.get(0));
                });
    }

    /** The cycles with their latest snapshot, publication and closure. */
    private Uni<List<Cycle>> withMilestones(List<CycleRow> rows) {
        if (rows.isEmpty()) return Uni.createFrom().item(List.of());
        List<String> ids = rows.stream().map(r -> r.cycleId).toList();
        return CycleMilestoneRow.<CycleMilestoneRow>list("generation = ?1 and cycleId in ?2", generation, ids).map(ms -> {
            Map<String, CycleMilestoneRow> latest = new HashMap<>();
            for (CycleMilestoneRow m : ms) latest.merge(m.cycleId + "|" + m.kind, m, (a, b) -> b.at.isAfter(a.at) ? b : a);
            return rows.stream().map(r -> {
                CycleMilestoneRow snapshot = latest.get(r.cycleId + "|SNAPSHOT_TAKEN");
                CycleMilestoneRow published = latest.get(r.cycleId + "|" + PUBLISHED);
                CycleMilestoneRow closed = latest.get(r.cycleId + "|CLOSED");
                return new Cycle(r.cycleId, r.councilId, r.year, r.title, r.frameworkVersionId, r.carriedForwardFrom,
                        r.openedAt, snapshot == null ? null : snapshot.asOf, published == null ? null : published.asOf,
                        published == null ? null : published.at, closed == null ? null : closed.at);
            }).toList();
        });
    }

    public Uni<FrameworkVersion> framework(String frameworkVersionId) {
        return FrameworkVersionRow.<FrameworkVersionRow>find("generation = ?1 and frameworkVersionId = ?2", generation,
                frameworkVersionId).firstResult().chain(fv -> {
            if (fv == null) throw new NotFound("Framework version " + frameworkVersionId + " is not known yet");
            String where = "generation = ?1 and frameworkVersionId = ?2";
            return FrameworkThemeRow.<FrameworkThemeRow>list(where, Sort.by("ord"), generation, frameworkVersionId)
                    .chain(themes -> CharacteristicRow.<CharacteristicRow>list(where, Sort.by("ord"), generation, frameworkVersionId)
                            .chain(chars -> FrameworkMappingRow.<FrameworkMappingRow>list(where, Sort.by("seq"), generation,
                                            frameworkVersionId)
                                    .map(maps -> new FrameworkVersion(fv.frameworkVersionId, fv.name, fv.label, fv.predecessorId,
                                            themes.stream().map(t -> new FrameworkVersion.Theme(t.code, t.title, t.ord)).toList(),
                                            chars.stream().map(c -> new FrameworkVersion.Characteristic(c.code, c.themeCode,
                                                    c.title, c.description, c.ord, c.crossReferenceTo)).toList(),
                                            maps.stream().map(m -> new FrameworkVersion.MappingEntry(m.code, m.predecessorCode,
                                                    m.change)).toList()))));
        });
    }

    /** The named framework versions (for walking mapping chains); small, so loaded whole. Unknown ids are left out. */
    public Uni<Map<String, FrameworkVersion>> frameworks(Collection<String> ids) {
        Uni<Map<String, FrameworkVersion>> acc = Uni.createFrom().item(new HashMap<>());
        for (String id : ids) {
            acc = acc.chain(m -> framework(id).onFailure(NotFound.class).recoverWithNull()
                    .map(f -> {
                        if (f != null) m.put(id, f);
                        return m;
                    }));
        }
        return acc;
    }

    public Uni<List<String>> frameworkIds() {
        return FrameworkVersionRow.<FrameworkVersionRow>list("generation", Sort.by("frameworkVersionId"), generation)
                .map(rows -> rows.stream().map(r -> r.frameworkVersionId).toList());
    }

    /** True when the framework version has a characteristic with this code. */
    public Uni<Boolean> hasCharacteristic(String frameworkVersionId, String code) {
        return CharacteristicRow.count("generation = ?1 and frameworkVersionId = ?2 and code = ?3", generation,
                frameworkVersionId, code).map(n -> n > 0);
    }

    static final Sort CHRONOLOGICAL = Sort.by("at").and("streamId").and("streamVersion");

    /** Every comment-thread event of the cycle (open comments at any instant are folded from them). */
    public Uni<List<org.bestvalue.reporting.comments.CommentEvent>> commentHistory(String councilId, String cycleId) {
        return CommentHistoryRow.<CommentHistoryRow>list("generation = ?1 and councilId = ?2 and cycleId = ?3", CHRONOLOGICAL,
                generation, councilId, cycleId).map(rows -> rows.stream().map(r -> new org.bestvalue.reporting.comments.CommentEvent(
                r.streamId, r.characteristicCode, r.eventType, r.at, r.streamVersion)).toList());
    }

    public Uni<List<ScoreEntry>> scoreHistory(String councilId, String cycleId) {
        return ScoreHistoryRow.<ScoreHistoryRow>list("generation = ?1 and councilId = ?2 and cycleId = ?3", CHRONOLOGICAL,
                generation, councilId, cycleId).map(rows -> rows.stream().map(ReadModelQueries::scoreEntry).toList());
    }

    /**
     * One characteristic's score changes, a page at a time, ordered by {@code at} (then the stream, the same way);
     * {@code seq} numbers them in the order they happened, from 1.
     */
    public Uni<Page<ScoreChange>> scoreChanges(String councilId, String cycleId, String code, PageRequest page) {
        boolean newestFirst = page.orders().get(0).descending();
        Sort.Direction d = newestFirst ? Sort.Direction.Descending : Sort.Direction.Ascending;
        var query = ScoreHistoryRow.<ScoreHistoryRow>find(
                "generation = ?1 and councilId = ?2 and cycleId = ?3 and characteristicCode = ?4",
                page.sort().and("streamId", d).and("streamVersion", d), generation, councilId, cycleId, code);
        return query.count().chain(total -> query.page(page.panachePage()).list().map(rows -> {
            List<ScoreChange> items = new java.util.ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                long position = page.offset() + i;
                int seq = (int) (newestFirst ? total - position : position + 1);
                items.add(ScoreChange.of(seq, scoreEntry(rows.get(i)), rows.get(i).correlationId));
            }
            return page.page(items, total);
        }));
    }

    public Uni<List<ActionEntry>> actionHistory(String councilId, String cycleId) {
        return ActionHistoryRow.<ActionHistoryRow>list("generation = ?1 and councilId = ?2 and cycleId = ?3", CHRONOLOGICAL,
                generation, councilId, cycleId).map(rows -> rows.stream().map(r -> new ActionEntry(r.opportunityId,
                r.actionId, r.characteristicCode, r.eventType, r.actor, r.at, r.streamId, r.streamVersion, json(r.data))).toList());
    }

    /** The cycle's narrative events (texts, evidence attached and detached, statuses), oldest first. */
    public Uni<List<org.bestvalue.reporting.positionstatement.NarrativeEntry>> narrativeHistory(String councilId, String cycleId) {
        return NarrativeHistoryRow.<NarrativeHistoryRow>list("generation = ?1 and councilId = ?2 and cycleId = ?3", CHRONOLOGICAL,
                generation, councilId, cycleId).map(rows -> rows.stream().map(r -> new org.bestvalue.reporting.positionstatement
                .NarrativeEntry(r.narrativeId, r.characteristicCode, r.eventType, r.revision, r.text, r.evidenceId, r.status,
                r.actor, r.at, r.streamId, r.streamVersion)).toList());
    }

    /** Every revision of the council's evidence items, oldest first (the library is the council's, not a cycle's). */
    public Uni<List<org.bestvalue.reporting.positionstatement.EvidenceEntry>> evidenceHistory(String councilId) {
        return EvidenceHistoryRow.<EvidenceHistoryRow>list("generation = ?1 and councilId = ?2",
                Sort.by("at").and("streamVersion"), generation, councilId).map(rows -> rows.stream().map(r ->
                new org.bestvalue.reporting.positionstatement.EvidenceEntry(r.evidenceId, r.revision, r.title, r.kind,
                        r.reference, r.uri, r.dated, r.at, r.streamVersion)).toList());
    }

    public record Round(String roundId, String name, String kind, Instant openedAt) {
    }

    public Uni<List<Round>> rounds(String councilId, String cycleId) {
        return ScoringRoundRow.<ScoringRoundRow>list("generation = ?1 and councilId = ?2 and cycleId = ?3",
                        Sort.by("openedAt").and("roundId"), generation, councilId, cycleId)
                .map(rows -> rows.stream().map(r -> new Round(r.roundId, r.name, r.kind, r.openedAt)).toList());
    }

    static ScoreEntry scoreEntry(ScoreHistoryRow r) {
        return new ScoreEntry(r.eventId, r.roundId, r.characteristicCode, r.themeCode, r.eventType,
                CellStatus.valueOf(r.status), colour(r.colour), colour(r.previousColour), r.reason, r.decision, r.actor,
                r.at, r.streamId, r.streamVersion);
    }

    private static Colour colour(String s) {
        return s == null ? null : Colour.valueOf(s);
    }

    private com.fasterxml.jackson.databind.JsonNode json(String data) {
        try {
            return mapper.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
