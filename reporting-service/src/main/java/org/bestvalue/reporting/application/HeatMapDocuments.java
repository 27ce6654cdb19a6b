package org.bestvalue.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.http.Conditional;
import org.bestvalue.reporting.heatmap.HeatMap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The current heat-map of each cycle as a document: made once, then served as it is until the council's read
 * models move on. Every event the reporting service applies moves the council's counter
 * ({@code council_read_versions}) in the transaction that applies it; a document made when the counter stood at
 * v, in the active generation g, is served for as long as both stay. A request reads the counter (one indexed
 * row) and answers from the document: its JSON and ETag are ready, so a conditional GET is a comparison.
 *
 * <p>Each instance keeps its own documents, and the counter is in the database, so every instance sees a change
 * as soon as it is committed. A document is also made again after {@link #NAMES_FRESH}, so the editors' names
 * and job titles (from the people directory) are never older than that. Only the heat-map "now" is kept;
 * {@code asOf} views are computed on each request.
 */
@ApplicationScoped
public class HeatMapDocuments {
    /** How long a document's people names may be kept. */
    static final Duration NAMES_FRESH = Duration.ofSeconds(60);
    /** Documents kept per instance (a council's open cycles are few; this bounds memory, not use). */
    static final int MAX_DOCUMENTS = 500;

    /** A heat-map as served: the map, its JSON and the ETag of that JSON, and what it was made from. */
    public record Document(HeatMap map, byte[] json, String etag, int generation, long version, Instant madeAt) {
    }

    private record Key(String councilId, String cycleId) {
    }

    /** Where a council's read models stand: the active generation and the council's counter. */
    private record Stamp(int generation, long version) {
    }

    private final Map<Key, Document> documents = new ConcurrentHashMap<>();
    private final Pool pool;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    HeatMapDocuments(Pool pool, ObjectMapper mapper, Clock clock) {
        this.pool = pool;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The cycle's current heat-map document: the kept one while the read models stand still, else a new one. */
    public Uni<Document> current(String councilId, String cycleId, Supplier<Uni<HeatMap>> make) {
        Key key = new Key(councilId, cycleId);
        return stamp(councilId).chain(stamp -> {
            Document kept = documents.get(key);
            if (kept != null && kept.generation() == stamp.generation() && kept.version() == stamp.version()
                    && kept.madeAt().plus(NAMES_FRESH).isAfter(clock.instant())) {
                return Uni.createFrom().item(kept);
            }
            // Made from reads that start after the stamp: it holds at least every change up to the stamp.
            return make.get().map(map -> keep(key, document(map, stamp)));
        });
    }

    private Document document(HeatMap map, Stamp stamp) {
        try {
            byte[] json = mapper.writeValueAsBytes(map);
            return new Document(map, json, Conditional.etagOf(json), stamp.generation(), stamp.version(), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the heat-map as JSON", e);
        }
    }

    private Document keep(Key key, Document d) {
        if (documents.size() >= MAX_DOCUMENTS && !documents.containsKey(key)) documents.clear();
        documents.merge(key, d, (old, made) -> made.version() >= old.version() || made.generation() != old.generation() ? made : old);
        return d;
    }

    private Uni<Stamp> stamp(String councilId) {
        return pool.preparedQuery("SELECT g.active, COALESCE(v.version, 0) AS version FROM read_model_generation g "
                        + "LEFT JOIN council_read_versions v ON v.council_id = $1")
                .execute(Tuple.of(councilId))
                .map(rs -> {
                    Row r = rs.iterator().next();
                    return new Stamp(r.getInteger("active"), r.getLong("version"));
                });
    }

    /** Moves the council's counter on, in the transaction that applies an event to its read models. */
    public static Uni<Void> moveOn(SqlConnection tx, String councilId) {
        return tx.preparedQuery("INSERT INTO council_read_versions AS v (council_id, version) VALUES ($1, 1) "
                        + "ON CONFLICT (council_id) DO UPDATE SET version = v.version + 1")
                .execute(Tuple.of(councilId)).replaceWithVoid();
    }
}
