package org.bestvalue.scoring.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.scoring.independence.NarrativeWork;
import org.bestvalue.scoring.score.Characteristic;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.bestvalue.eventkit.EventData.requiredText;

/**
 * Scoring's local view of the assessment: the characteristic catalogue of each framework version, which
 * cycle uses which version, and who authored or contributed to each narrative. Fed only by assessment
 * events (docs/events.md), applied inside the inbox transaction so a redelivery changes nothing.
 *
 * <p>Its queries serve the commands (the independence rule, the catalogue a score must be in) and run on
 * the reactive client like the rest of command handling; the REST read side maps the same tables as
 * Panache entities ({@link FrameworkThemeRow}, {@link FrameworkCharacteristicRow}, {@link AssessmentCycleRow}).
 */
@ApplicationScoped
public class AssessmentView {
    /** The assessment event types this view applies (the cases of {@link #apply}). */
    public static final java.util.Set<String> APPLIED = java.util.Set.of("FrameworkVersionImported", "CycleOpened", "CycleClosed",
            "NarrativeDrafted", "NarrativeRevised", "ContributorRecorded", "ContributorRemoved", "EvidenceAttached", "EvidenceDetached");
    /** The ones scoring does not need, named so that a new type is a decision (ConsumedEventsContractTest). */
    public static final java.util.Set<String> IGNORED = java.util.Set.of("FrameworkVersionPublished", "CycleSnapshotTaken",
            "CyclePublished", "NarrativeStatusChanged", "EvidenceItemAdded", "EvidenceItemRevised",
            // Comments on narratives make no one a contributor: the independence rule does not look at them.
            "CommentThreadStarted", "CommentReplied", "CommentThreadResolved", "CommentThreadReopened");

    @Inject
    Pool pool;

    /** A cycle as scoring knows it. */
    public record Cycle(String cycleId, String frameworkVersionId, boolean closed) {
    }

    // ---------------------------------------------------------------- applying assessment events

    public Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        return switch (e.type()) {
            case "FrameworkVersionImported" -> frameworkImported(tx, d);
            case "CycleOpened" -> tx.preparedQuery("INSERT INTO assessment_cycle (cycle_id, council_id, framework_version_id, year, title) "
                            + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (cycle_id) DO UPDATE SET framework_version_id = EXCLUDED.framework_version_id, "
                            + "year = EXCLUDED.year, title = EXCLUDED.title")
                    .execute(Tuple.of(requiredText(d, "cycleId"), e.councilId(), requiredText(d, "frameworkVersionId"),
                            d.path("year").isNumber() ? d.path("year").asInt() : null, d.path("title").asText(null)))
                    .replaceWithVoid();
            case "CycleClosed" -> tx.preparedQuery("UPDATE assessment_cycle SET closed = TRUE WHERE cycle_id = $1 AND council_id = $2")
                    .execute(Tuple.of(requiredText(d, "cycleId"), e.councilId())).replaceWithVoid();
            case "NarrativeDrafted", "NarrativeRevised" -> narrativeChanged(tx, e)
                    .chain(() -> work(tx, e, requiredText(d, "authorId"), "author"));
            case "ContributorRecorded" -> narrativeKnown(tx, e)
                    .chain(() -> work(tx, e, requiredText(d, "userId"), d.path("role").asText("contributor")));
            // The roles they were recorded in stop counting; authorship (role 'author', from the narrative's own revisions) stays.
            case "ContributorRemoved" -> tx.preparedQuery("DELETE FROM narrative_work WHERE narrative_id = $1 AND user_id = $2 "
                            + "AND council_id = $3 AND role = ANY($4) AND role <> 'author'")
                    .execute(Tuple.of(requiredText(d, "narrativeId"), requiredText(d, "userId"), e.councilId(), roles(d)))
                    .replaceWithVoid();
            case "EvidenceAttached", "EvidenceDetached" -> narrativeChanged(tx, e);
            default -> Uni.createFrom().voidItem(); // not needed by scoring; the inbox still checkpoints it
        };
    }

    private Uni<Void> frameworkImported(SqlConnection tx, JsonNode d) {
        String version = requiredText(d, "frameworkVersionId");
        List<Tuple> themes = new ArrayList<>();
        for (JsonNode t : d.path("themes")) {
            themes.add(Tuple.of(version, requiredText(t, "code"), t.path("title").asText(null), t.path("order").asInt(0)));
        }
        List<Tuple> characteristics = new ArrayList<>();
        for (JsonNode c : d.path("characteristics")) {
            characteristics.add(Tuple.tuple(List.of(version, requiredText(c, "code"), requiredText(c, "themeCode")))
                    .addString(c.path("title").asText(null)).addInteger(c.path("order").asInt(0))
                    .addString(c.path("crossReferenceTo").isTextual() ? c.path("crossReferenceTo").asText() : null));
        }
        if (characteristics.isEmpty()) throw new IllegalArgumentException("FrameworkVersionImported " + version + " has no characteristics");
        Uni<Void> t = themes.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO framework_theme (framework_version_id, code, title, ord) VALUES ($1, $2, $3, $4) "
                        + "ON CONFLICT (framework_version_id, code) DO UPDATE SET title = EXCLUDED.title, ord = EXCLUDED.ord")
                .executeBatch(themes).replaceWithVoid();
        return t.chain(() -> tx.preparedQuery("INSERT INTO framework_characteristic "
                        + "(framework_version_id, code, theme_code, title, ord, cross_reference_to) VALUES ($1, $2, $3, $4, $5, $6) "
                        + "ON CONFLICT (framework_version_id, code) DO UPDATE SET theme_code = EXCLUDED.theme_code, "
                        + "title = EXCLUDED.title, ord = EXCLUDED.ord, cross_reference_to = EXCLUDED.cross_reference_to")
                .executeBatch(characteristics).replaceWithVoid())
                // A theme list may be left out: the characteristics still name their themes.
                .chain(() -> tx.preparedQuery("INSERT INTO framework_theme (framework_version_id, code) "
                                + "SELECT DISTINCT framework_version_id, theme_code FROM framework_characteristic "
                                + "WHERE framework_version_id = $1 ON CONFLICT DO NOTHING")
                        .execute(Tuple.of(version)).replaceWithVoid());
    }

    private Uni<Void> narrativeKnown(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        return tx.preparedQuery("INSERT INTO narrative (narrative_id, council_id, cycle_id, characteristic_code, changed_at) "
                        + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (narrative_id) DO NOTHING")
                .execute(Tuple.of(requiredText(d, "narrativeId"), e.councilId(), requiredText(d, "cycleId"),
                        requiredText(d, "characteristicCode"), at(e.occurredAt())))
                .replaceWithVoid();
    }

    private Uni<Void> narrativeChanged(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        return tx.preparedQuery("INSERT INTO narrative (narrative_id, council_id, cycle_id, characteristic_code, changed_at) "
                        + "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (narrative_id) "
                        + "DO UPDATE SET changed_at = GREATEST(narrative.changed_at, EXCLUDED.changed_at)")
                .execute(Tuple.of(requiredText(d, "narrativeId"), e.councilId(), requiredText(d, "cycleId"),
                        requiredText(d, "characteristicCode"), at(e.occurredAt())))
                .replaceWithVoid();
    }

    private Uni<Void> work(SqlConnection tx, EventEnvelope e, String userId, String role) {
        JsonNode d = e.data();
        return tx.preparedQuery("INSERT INTO narrative_work (narrative_id, user_id, role, council_id, cycle_id, characteristic_code) "
                        + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING")
                .execute(Tuple.tuple(List.of(requiredText(d, "narrativeId"), userId, role, e.councilId(),
                        requiredText(d, "cycleId"), requiredText(d, "characteristicCode"))))
                .replaceWithVoid();
    }

    private static String[] roles(JsonNode d) {
        List<String> roles = new ArrayList<>();
        d.path("roles").forEach(r -> roles.add(r.asText()));
        return roles.toArray(String[]::new);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- queries

    public Uni<Optional<Cycle>> cycle(String councilId, String cycleId) {
        return pool.preparedQuery("SELECT cycle_id, framework_version_id, closed FROM assessment_cycle "
                        + "WHERE council_id = $1 AND cycle_id = $2")
                .execute(Tuple.of(councilId, cycleId))
                .map(rs -> rs.size() == 0 ? Optional.empty() : Optional.of(rs.iterator().next()).map(r ->
                        new Cycle(r.getString("cycle_id"), r.getString("framework_version_id"), r.getBoolean("closed"))));
    }

    public Uni<Set<String>> themes(String frameworkVersionId) {
        return pool.preparedQuery("SELECT code FROM framework_theme WHERE framework_version_id = $1 ORDER BY ord, code")
                .execute(Tuple.of(frameworkVersionId))
                .map(rs -> {
                    Set<String> out = new LinkedHashSet<>();
                    for (Row r : rs) out.add(r.getString("code"));
                    return out;
                });
    }

    /** The characteristics of a framework version in their order, cross-references included. */
    public Uni<List<Characteristic>> catalogue(String frameworkVersionId) {
        return pool.preparedQuery("SELECT c.code, c.theme_code, c.cross_reference_to FROM framework_characteristic c "
                        + "LEFT JOIN framework_theme t ON t.framework_version_id = c.framework_version_id AND t.code = c.theme_code "
                        + "WHERE c.framework_version_id = $1 ORDER BY t.ord, c.theme_code, c.ord, c.code")
                .execute(Tuple.of(frameworkVersionId))
                .map(rs -> {
                    List<Characteristic> out = new ArrayList<>();
                    for (Row r : rs) out.add(characteristic(r));
                    return out;
                });
    }

    public Uni<Optional<Characteristic>> characteristic(String frameworkVersionId, String code) {
        return pool.preparedQuery("SELECT code, theme_code, cross_reference_to FROM framework_characteristic "
                        + "WHERE framework_version_id = $1 AND code = $2")
                .execute(Tuple.of(frameworkVersionId, code))
                .map(rs -> rs.size() == 0 ? Optional.empty() : Optional.of(characteristic(rs.iterator().next())));
    }

    /** Narratives of a theme in a cycle that the user authored or contributed to. */
    public Uni<List<NarrativeWork>> workInTheme(String councilId, Cycle cycle, String themeCode, String userId) {
        return pool.preparedQuery("SELECT w.characteristic_code, w.narrative_id, w.role FROM narrative_work w "
                        + "JOIN framework_characteristic c ON c.framework_version_id = $1 AND c.code = w.characteristic_code "
                        + "WHERE w.council_id = $2 AND w.cycle_id = $3 AND w.user_id = $4 AND c.theme_code = $5 "
                        + "ORDER BY w.characteristic_code, w.narrative_id, w.role")
                .execute(Tuple.of(cycle.frameworkVersionId(), councilId, cycle.cycleId(), userId, themeCode))
                .map(AssessmentView::works);
    }

    /** Narratives of one characteristic in a cycle that the user authored or contributed to. */
    public Uni<List<NarrativeWork>> workOnCharacteristic(String councilId, String cycleId, String code, String userId) {
        return pool.preparedQuery("SELECT characteristic_code, narrative_id, role FROM narrative_work "
                        + "WHERE council_id = $1 AND cycle_id = $2 AND characteristic_code = $3 AND user_id = $4 "
                        + "ORDER BY narrative_id, role")
                .execute(Tuple.of(councilId, cycleId, code, userId))
                .map(AssessmentView::works);
    }

    /** Whether a narrative of the characteristic changed (text or evidence) after the instant. */
    public Uni<Boolean> narrativeChangedAfter(String councilId, String cycleId, String code, Instant after) {
        return pool.preparedQuery("SELECT 1 FROM narrative WHERE council_id = $1 AND cycle_id = $2 "
                        + "AND characteristic_code = $3 AND changed_at > $4 LIMIT 1")
                .execute(Tuple.of(councilId, cycleId, code, at(after)))
                .map(rs -> rs.size() > 0);
    }

    private static Characteristic characteristic(Row r) {
        return new Characteristic(r.getString("code"), r.getString("theme_code"), r.getString("cross_reference_to"));
    }

    private static List<NarrativeWork> works(Iterable<Row> rows) {
        List<NarrativeWork> out = new ArrayList<>();
        for (Row r : rows) out.add(new NarrativeWork(r.getString("characteristic_code"), r.getString("narrative_id"), r.getString("role")));
        return out;
    }
}
