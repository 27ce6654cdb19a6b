package org.bestvalue.reporting.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.read.StoredEvent;
import org.bestvalue.reporting.application.ReportingAggregates;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;
import org.bestvalue.reporting.projection.FrameworkVersionRow;
import org.bestvalue.reporting.projection.ActiveReadModel;
import org.bestvalue.reporting.projection.ReadModelQueries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one deliberate exception to tenancy (docs/api-conventions.md, "The sector benchmark"): the only code that
 * reads more than one council's data. It reads only the councils whose latest consent (their
 * {@code benchmark-sharing} stream) is to share, and it hands on nothing but one anonymous map of final colours per
 * council — no council id, no cycle id, no name, no person leaves this class. {@link SectorBenchmark} turns those
 * maps into counts.
 *
 * <p>"The same framework version" across councils: every council imports its own copy of the guidance, so the
 * copies are matched by their label (the shipped versions carry the same label in every council:
 * {@code statutory-2024}, {@code draft-2023}); characteristics are matched by code.
 */
@ApplicationScoped
public class SharedFinalColours {
    @Inject
    ActiveReadModel readModel;
    @Inject
    ObjectMapper mapper;
    @Inject
    ReportingAggregates aggregates;

    /**
     * What a benchmark is computed from.
     *
     * @param catalogue the framework version whose themes and characteristics are shown
     * @param others    one map of final colours per sharing council other than the caller
     * @param yours     the caller's final colours (empty when it has none yet); null for the public view
     */
    public record Shared(FrameworkVersion catalogue, List<Map<String, Colour>> others, Map<String, Colour> yours) {
    }

    /**
     * For a council that shares: its own framework version (404 when it is not the council's; then 403
     * benchmark-not-shared when the council does not share), the final colours of every sharing council on a version
     * with the same label, the council's own apart.
     */
    public Uni<Shared> forCouncil(String councilId, String frameworkVersionId) {
        return readModel.read(q -> FrameworkVersionRow
                .<FrameworkVersionRow>find("generation = ?1 and frameworkVersionId = ?2 and councilId = ?3", q.generation(),
                        frameworkVersionId, councilId).firstResult()
                .chain(own -> {
                    if (own == null) throw new NotFound("No framework version " + frameworkVersionId);
                    return q.framework(frameworkVersionId).chain(catalogue -> sharingCouncils().chain(sharing -> {
                                // Only a council that shares sees the others: nothing of theirs is read otherwise.
                                if (!sharing.contains(councilId)) throw notShared();
                                return colours(q, own.label, sharing, false);
                            }).map(byCouncil -> {
                                Map<String, Colour> yours = byCouncil.remove(councilId);
                                return new Shared(catalogue, List.copyOf(byCouncil.values()), yours == null ? Map.of() : yours);
                            }));
                }));
    }

    /**
     * For the public: the published final colours of every sharing council on a version with this label, each as of
     * its published snapshot. The characteristics shown are those of the first imported copy of a sharing council (of
     * any council when none shares yet); 404 when no council has a version with the label.
     */
    public Uni<Shared> published(String label) {
        return readModel.read(q -> sharingCouncils().chain(sharing ->
                FrameworkVersionRow.<FrameworkVersionRow>list("generation = ?1 and label = ?2",
                        Sort.by("importedAt").and("frameworkVersionId"), q.generation(), label).chain(versions -> {
                    if (versions.isEmpty()) throw new NotFound("No framework version labelled " + label);
                    // A sharing council's copy names the characteristics, so a council that does not share shows nothing.
                    FrameworkVersionRow shown = versions.stream().filter(v -> sharing.contains(v.councilId)).findFirst()
                            .orElse(versions.get(0));
                    return q.framework(shown.frameworkVersionId).chain(catalogue -> colours(q, label, sharing, true)
                            .map(byCouncil -> new Shared(catalogue, List.copyOf(byCouncil.values()), null)));
                })));
    }

    /** How a council that does not share joins, said in its refusal. */
    public static final String HOW_TO_JOIN = "Your council does not share its final colours with the sector benchmark, "
            + "so it cannot see the other councils' either. Your council's admin can join: POST /benchmark/sharing/join.";

    static RuleViolation notShared() {
        return new RuleViolation(403, "benchmark-not-shared", null, HOW_TO_JOIN);
    }

    /** The councils whose latest consent is to share: each council's stream folded, in the order it was written. */
    Uni<Set<String>> sharingCouncils() {
        var decider = new BenchmarkSharingDecider();
        var codec = aggregates.benchmarkSharing.codec();
        return StoredEvent.<StoredEvent>list("streamType = ?1", Sort.by("position"), ReportingAggregates.BENCHMARK_SHARING)
                .map(events -> {
                    Map<String, BenchmarkSharing> state = new HashMap<>();
                    for (StoredEvent e : events) {
                        BenchmarkSharingEvent event = codec.decode(e.eventType, json(e.data));
                        state.put(e.councilId, decider.evolve(state.getOrDefault(e.councilId, decider.initialState()), event));
                    }
                    Set<String> sharing = new TreeSet<>();
                    state.forEach((council, s) -> {
                        if (s.sharing()) sharing.add(council);
                    });
                    return sharing;
                });
    }

    /** Each sharing council's counted final colours on versions with the label (councils with none are left out). */
    private Uni<Map<String, Map<String, Colour>>> colours(ReadModelQueries q, String label, Set<String> sharing,
                                                          boolean publishedOnly) {
        Uni<Map<String, Map<String, Colour>>> acc = Uni.createFrom().item(new TreeMap<>());
        if (sharing.isEmpty()) return acc;
        // A Hibernate Reactive session runs one query at a time: the councils are read one after another.
        return FrameworkVersionRow.<FrameworkVersionRow>list("generation = ?1 and label = ?2 and councilId in ?3",
                q.generation(), label, List.copyOf(sharing)).chain(versions -> {
            Set<String> ids = new TreeSet<>();
            Set<String> councils = new TreeSet<>();
            versions.forEach(v -> {
                ids.add(v.frameworkVersionId);
                councils.add(v.councilId);
            });
            Uni<Map<String, Map<String, Colour>>> all = acc;
            for (String council : councils) {
                all = all.chain(m -> counted(q, council, ids, publishedOnly).map(colours -> {
                    if (colours != null) m.put(council, colours);
                    return m;
                }));
            }
            return all;
        });
    }

    private Uni<Map<String, Colour>> counted(ReadModelQueries q, String council, Set<String> versionIds, boolean publishedOnly) {
        return q.cycles(council).chain(cycles -> {
            List<Cycle> onVersion = cycles.stream().filter(c -> versionIds.contains(c.frameworkVersionId()))
                    .filter(c -> !publishedOnly || c.published()).toList();
            Map<String, List<ScoreEntry>> histories = new LinkedHashMap<>();
            Uni<Map<String, List<ScoreEntry>>> loaded = Uni.createFrom().item(histories);
            for (Cycle c : onVersion) {
                loaded = loaded.chain(h -> q.scoreHistory(council, c.cycleId()).map(entries -> {
                    h.put(c.cycleId(), entries);
                    return h;
                }));
            }
            return loaded.map(h -> {
                FinalColours.Counted counted = FinalColours.counted(new ArrayList<>(onVersion), h::get, publishedOnly);
                return counted == null ? null : counted.colours();
            });
        });
    }

    private com.fasterxml.jackson.databind.JsonNode json(String data) {
        try {
            return mapper.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored benchmark-sharing event is not JSON", e);
        }
    }
}
