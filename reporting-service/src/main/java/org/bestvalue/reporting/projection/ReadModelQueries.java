package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import org.bestvalue.eventkit.NotFound;
import org.bestvalue.reporting.actionplan.ActionEntry;
import org.bestvalue.reporting.catalogue.Cycle;
import org.bestvalue.reporting.catalogue.FrameworkVersion;
import org.bestvalue.reporting.heatmap.CellStatus;
import org.bestvalue.reporting.heatmap.Colour;
import org.bestvalue.reporting.heatmap.ScoreEntry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the active generation of the read models. Every cycle query is scoped by council: another
 * council's cycle is reported as not found.
 */
public class ReadModelQueries {
    private final SqlClient client;
    private final ObjectMapper mapper;
    private final int generation;

    public ReadModelQueries(SqlClient client, ObjectMapper mapper, int generation) {
        this.client = client;
        this.mapper = mapper;
        this.generation = generation;
    }

    /** Queries against whatever generation is active now. */
    public static Uni<ReadModelQueries> active(Pool pool, ObjectMapper mapper) {
        return Generations.read(pool).map(g -> new ReadModelQueries(pool, mapper, g.active()));
    }

    public int generation() {
        return generation;
    }

    private static final String CYCLE_SQL = "SELECT c.*,"
            + " (SELECT as_of FROM cycle_milestones m WHERE m.generation = c.generation AND m.cycle_id = c.cycle_id"
            + "   AND m.kind = 'SNAPSHOT_TAKEN' ORDER BY at DESC LIMIT 1) AS snapshot_as_of,"
            + " (SELECT as_of FROM cycle_milestones m WHERE m.generation = c.generation AND m.cycle_id = c.cycle_id"
            + "   AND m.kind = 'PUBLISHED' ORDER BY at DESC LIMIT 1) AS published_as_of,"
            + " (SELECT at FROM cycle_milestones m WHERE m.generation = c.generation AND m.cycle_id = c.cycle_id"
            + "   AND m.kind = 'PUBLISHED' ORDER BY at DESC LIMIT 1) AS published_at,"
            + " (SELECT at FROM cycle_milestones m WHERE m.generation = c.generation AND m.cycle_id = c.cycle_id"
            + "   AND m.kind = 'CLOSED' ORDER BY at DESC LIMIT 1) AS closed_at"
            + " FROM cycles c WHERE c.generation = $1 AND c.council_id = $2";

    public Uni<List<Cycle>> cycles(String councilId) {
        return client.preparedQuery(CYCLE_SQL + " ORDER BY c.year, c.opened_at").execute(Tuple.of(generation, councilId))
                .map(rs -> map(rs, ReadModelQueries::cycle));
    }

    public Uni<Cycle> cycle(String councilId, String cycleId) {
        return client.preparedQuery(CYCLE_SQL + " AND c.cycle_id = $3").execute(Tuple.of(generation, councilId, cycleId))
                .map(rs -> {
                    if (rs.size() == 0) throw new NotFound("No cycle " + cycleId);
                    return cycle(rs.iterator().next());
                });
    }

    public Uni<FrameworkVersion> framework(String frameworkVersionId) {
        Tuple key = Tuple.of(generation, frameworkVersionId);
        return client.preparedQuery("SELECT * FROM framework_versions WHERE generation = $1 AND framework_version_id = $2")
                .execute(key)
                .chain(v -> {
                    if (v.size() == 0) throw new NotFound("Framework version " + frameworkVersionId + " is not known yet");
                    Row fv = v.iterator().next();
                    return client.preparedQuery("SELECT * FROM themes WHERE generation = $1 AND framework_version_id = $2 ORDER BY ord")
                            .execute(key)
                            .chain(themes -> client.preparedQuery("SELECT * FROM characteristics WHERE generation = $1"
                                            + " AND framework_version_id = $2 ORDER BY ord").execute(key)
                                    .chain(chars -> client.preparedQuery("SELECT * FROM framework_mappings WHERE generation = $1"
                                                    + " AND framework_version_id = $2 ORDER BY seq").execute(key)
                                            .map(maps -> new FrameworkVersion(fv.getString("framework_version_id"),
                                                    fv.getString("name"), fv.getString("label"), fv.getString("predecessor_id"),
                                                    map(themes, r -> new FrameworkVersion.Theme(r.getString("code"),
                                                            r.getString("title"), r.getInteger("ord"))),
                                                    map(chars, r -> new FrameworkVersion.Characteristic(r.getString("code"),
                                                            r.getString("theme_code"), r.getString("title"),
                                                            r.getString("description"), r.getInteger("ord"),
                                                            r.getString("cross_reference_to"))),
                                                    map(maps, r -> new FrameworkVersion.MappingEntry(r.getString("code"),
                                                            r.getString("predecessor_code"), r.getString("change")))))));
                });
    }

    /** Every framework version (for walking mapping chains); small, so loaded whole. */
    public Uni<Map<String, FrameworkVersion>> frameworks(List<String> ids) {
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
        return client.preparedQuery("SELECT framework_version_id FROM framework_versions WHERE generation = $1")
                .execute(Tuple.of(generation)).map(rs -> map(rs, r -> r.getString(0)));
    }

    public Uni<List<ScoreEntry>> scoreHistory(String councilId, String cycleId) {
        return client.preparedQuery("SELECT * FROM score_history WHERE generation = $1 AND council_id = $2 AND cycle_id = $3"
                        + " ORDER BY at, stream_id, stream_version")
                .execute(Tuple.of(generation, councilId, cycleId))
                .map(rs -> map(rs, r -> new ScoreEntry(r.getUUID("event_id"), r.getString("round_id"),
                        r.getString("characteristic_code"), r.getString("theme_code"), r.getString("event_type"),
                        CellStatus.valueOf(r.getString("status")), colour(r.getString("colour")),
                        colour(r.getString("previous_colour")), r.getString("reason"), r.getString("decision"),
                        r.getString("actor"), instant(r.getOffsetDateTime("at")), r.getString("stream_id"),
                        r.getLong("stream_version"))));
    }

    public Uni<List<ActionEntry>> actionHistory(String councilId, String cycleId) {
        return client.preparedQuery("SELECT * FROM action_history WHERE generation = $1 AND council_id = $2 AND cycle_id = $3"
                        + " ORDER BY at, stream_id, stream_version")
                .execute(Tuple.of(generation, councilId, cycleId))
                .map(rs -> map(rs, r -> {
                    try {
                        return new ActionEntry(r.getString("opportunity_id"), r.getString("action_id"),
                                r.getString("characteristic_code"), r.getString("event_type"), r.getString("actor"),
                                instant(r.getOffsetDateTime("at")), r.getString("stream_id"), r.getLong("stream_version"),
                                mapper.readTree(r.getJsonObject("data").encode()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
    }

    public record Round(String roundId, String name, String kind, Instant openedAt) {
    }

    public Uni<List<Round>> rounds(String councilId, String cycleId) {
        return client.preparedQuery("SELECT * FROM scoring_rounds WHERE generation = $1 AND council_id = $2 AND cycle_id = $3"
                        + " ORDER BY opened_at")
                .execute(Tuple.of(generation, councilId, cycleId))
                .map(rs -> map(rs, r -> new Round(r.getString("round_id"), r.getString("name"), r.getString("kind"),
                        instant(r.getOffsetDateTime("opened_at")))));
    }

    private static Cycle cycle(Row r) {
        return new Cycle(r.getString("cycle_id"), r.getString("council_id"), r.getInteger("year"), r.getString("title"),
                r.getString("framework_version_id"), r.getString("carried_forward_from"),
                instant(r.getOffsetDateTime("opened_at")), instant(r.getOffsetDateTime("snapshot_as_of")),
                instant(r.getOffsetDateTime("published_as_of")), instant(r.getOffsetDateTime("published_at")),
                instant(r.getOffsetDateTime("closed_at")));
    }

    private static Colour colour(String s) {
        return s == null ? null : Colour.valueOf(s);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static <T> List<T> map(RowSet<Row> rs, java.util.function.Function<Row, T> f) {
        List<T> out = new ArrayList<>(rs.size());
        for (Row r : rs) out.add(f.apply(r));
        return out;
    }
}
