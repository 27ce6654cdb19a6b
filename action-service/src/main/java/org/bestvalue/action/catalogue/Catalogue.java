package org.bestvalue.action.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.action.opportunity.CatalogueEntry;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * This service's own view of the assessment catalogue: framework versions (themes, characteristics)
 * and which version each cycle assesses against. Learnt from the assessment topic through the inbox;
 * never read from the assessment-service's tables.
 */
@ApplicationScoped
public class Catalogue {
    @Inject
    Pool pool;

    /** A cycle as this service knows it. */
    public record Cycle(String cycleId, String frameworkVersionId, Integer year, String title) {
    }

    public record Theme(String code, String title, int order) {
    }

    /** The cycle of the caller's council, or a 404 naming {@code cycleId}. */
    public Uni<Cycle> requireCycle(String councilId, String cycleId) {
        return pool.preparedQuery("SELECT cycle_id, framework_version_id, year, title FROM catalogue_cycle "
                        + "WHERE council_id = $1 AND cycle_id = $2")
                .execute(Tuple.of(councilId, cycleId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new RuleViolation(404, "cycle-not-found", "cycleId", "Cycle " + cycleId + " is not known");
                    }
                    Row r = rows.iterator().next();
                    return new Cycle(r.getString(0), r.getString(1), r.getInteger(2), r.getString(3));
                });
    }

    /** The characteristic in a framework version, or null when the version has no such code. */
    public Uni<CatalogueEntry> characteristic(String frameworkVersionId, String code) {
        return pool.preparedQuery("SELECT code, theme_code, title, cross_reference_to FROM catalogue_characteristic "
                        + "WHERE framework_version_id = $1 AND code = $2")
                .execute(Tuple.of(frameworkVersionId, code))
                .map(rows -> {
                    if (rows.size() == 0) return null;
                    Row r = rows.iterator().next();
                    return new CatalogueEntry(r.getString(0), r.getString(1), r.getString(2), r.getString(3));
                });
    }

    public Uni<List<Theme>> themes(String frameworkVersionId) {
        return pool.preparedQuery("SELECT code, title, sort_order FROM catalogue_theme WHERE framework_version_id = $1 "
                        + "ORDER BY sort_order, code")
                .execute(Tuple.of(frameworkVersionId))
                .map(rows -> {
                    List<Theme> out = new ArrayList<>();
                    for (Row r : rows) out.add(new Theme(r.getString(0), r.getString(1), r.getInteger(2)));
                    return out;
                });
    }

    /** Applies an assessment event to the catalogue inside the inbox transaction; other types change nothing. */
    public Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        return switch (e.type()) {
            case "FrameworkVersionImported" -> importFramework(tx, e.councilId(), d);
            case "CycleOpened" -> tx.preparedQuery("""
                            INSERT INTO catalogue_cycle (council_id, cycle_id, framework_version_id, year, title)
                            VALUES ($1, $2, $3, $4, $5)
                            ON CONFLICT (council_id, cycle_id) DO UPDATE SET framework_version_id = EXCLUDED.framework_version_id,
                                year = EXCLUDED.year, title = EXCLUDED.title
                            """)
                    .execute(Tuple.of(e.councilId(), required(d, "cycleId"), required(d, "frameworkVersionId"),
                            d.hasNonNull("year") ? d.get("year").asInt() : null, d.path("title").asText(null)))
                    .replaceWithVoid();
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> importFramework(SqlConnection tx, String councilId, JsonNode d) {
        String version = required(d, "frameworkVersionId");
        List<Tuple> themes = new ArrayList<>();
        for (JsonNode t : d.path("themes")) {
            themes.add(Tuple.of(version, required(t, "code"), t.path("title").asText(""), t.path("order").asInt(0)));
        }
        List<Tuple> characteristics = new ArrayList<>();
        for (JsonNode c : d.path("characteristics")) {
            characteristics.add(Tuple.tuple().addString(version).addString(required(c, "code"))
                    .addString(required(c, "themeCode")).addString(c.path("title").asText(""))
                    .addInteger(c.path("order").asInt(0)).addString(c.path("crossReferenceTo").asText(null)));
        }
        Uni<Void> header = tx.preparedQuery("""
                        INSERT INTO catalogue_framework_version (framework_version_id, council_id, name, label)
                        VALUES ($1, $2, $3, $4)
                        ON CONFLICT (framework_version_id) DO UPDATE SET name = EXCLUDED.name, label = EXCLUDED.label
                        """)
                .execute(Tuple.of(version, councilId, d.path("name").asText(null), d.path("label").asText(null)))
                .replaceWithVoid();
        Uni<Void> withThemes = themes.isEmpty() ? header : header.chain(() -> tx.preparedQuery("""
                        INSERT INTO catalogue_theme (framework_version_id, code, title, sort_order) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (framework_version_id, code) DO UPDATE SET title = EXCLUDED.title, sort_order = EXCLUDED.sort_order
                        """).executeBatch(themes).replaceWithVoid());
        return characteristics.isEmpty() ? withThemes : withThemes.chain(() -> tx.preparedQuery("""
                        INSERT INTO catalogue_characteristic (framework_version_id, code, theme_code, title, sort_order, cross_reference_to)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (framework_version_id, code) DO UPDATE SET theme_code = EXCLUDED.theme_code,
                            title = EXCLUDED.title, sort_order = EXCLUDED.sort_order, cross_reference_to = EXCLUDED.cross_reference_to
                        """).executeBatch(characteristics).replaceWithVoid());
    }

    /** A missing field makes the event unusable: failing sends it to the dead-letter topic with the reason. */
    static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("missing field '" + field + "'");
        return v.asText();
    }
}
