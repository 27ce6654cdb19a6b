package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.http.Page;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;
import org.bestvalue.eventkit.people.PeopleDirectory;
import org.bestvalue.eventkit.people.Person;
import org.bestvalue.reporting.projection.Generations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The council's audit log, read from the active generation: a page of entries, or every entry for an export (never
 * capped). Each entry's "from → to" is worked out from the earlier events of its stream, and people are named through
 * the kit's {@link PeopleDirectory}. Every query is scoped to the caller's council.
 */
@ApplicationScoped
public class AuditLog {
    /** Sort fields of {@code GET /reports/audit-log}; a unique event id always ends the order, so pages never overlap. */
    public static final SortFields SORTS = SortFields.of("at", "at", "type", "eventType", "actor", "actor",
            "cycleId", "cycleId", "characteristicCode", "characteristicCode", "eventId", "eventId").byDefault("-at,eventId");
    /** Ids inside event data that name people, so the log can name them in words. */
    static final List<String> PEOPLE_FIELDS = List.of("reviewerId", "authorId", "userId", "moderatorId");
    /** Rows read per query when an export reads every entry, and stream ids per query when earlier events are read. */
    static final int CHUNK = 1000;

    @Inject
    Pool pool;
    @Inject
    ObjectMapper mapper;
    @Inject
    PeopleDirectory people;

    public Uni<Page<AuditEntry>> page(String councilId, AuditLogFilter filter, PageRequest page) {
        // The generation first, then the session (which holds its connection): no read waits for a second connection.
        return Generations.read(pool).chain(g -> Panache.withSession(() -> {
            var q = filter.where(g.active(), councilId);
            var query = AuditLogRow.<AuditLogRow>find(q.hql(), stable(page.sort()), q.params());
            return query.page(page.panachePage()).list()
                    .chain(rows -> query.count().chain(total -> withEarlier(g.active(), councilId, rows)
                            .map(read -> new Read(read.rows, read.streams, total))));
        })).chain(read -> entries(read).map(items -> page.page(items, read.total)));
    }

    /** Every entry the filter matches, in the order asked for: what the CSV and XLSX exports hold. */
    public Uni<List<AuditEntry>> all(String councilId, AuditLogFilter filter, PageRequest order) {
        return Generations.read(pool).chain(g -> Panache.withSession(() -> {
            var q = filter.where(g.active(), councilId);
            return readAll(AuditLogRow.<AuditLogRow>find(q.hql(), stable(order.sort()), q.params()), 0, new ArrayList<>())
                    .chain(rows -> withEarlier(g.active(), councilId, rows));
        })).chain(this::entries);
    }

    private Uni<List<AuditLogRow>> readAll(io.quarkus.hibernate.reactive.panache.PanacheQuery<AuditLogRow> query, int index,
                                           List<AuditLogRow> into) {
        return query.page(io.quarkus.panache.common.Page.of(index, CHUNK)).list().chain(rows -> {
            into.addAll(rows);
            return rows.size() < CHUNK ? Uni.createFrom().item(into) : readAll(query, index + 1, into);
        });
    }

    private static Sort stable(Sort sort) {
        boolean hasId = sort.getColumns().stream().anyMatch(c -> c.getName().equals("eventId"));
        return hasId ? sort : sort.and("eventId");
    }

    private record Read(List<AuditLogRow> rows, Map<String, List<AuditLogRow>> streams, long total) {
    }

    /** The rows and, per stream they belong to, that stream's events (oldest first). */
    private Uni<Read> withEarlier(int generation, String councilId, List<AuditLogRow> rows) {
        List<String> streamIds = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(r -> r.streamId).toList()));
        Map<String, List<AuditLogRow>> streams = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < streamIds.size(); i += CHUNK) {
            List<String> chunk = streamIds.subList(i, Math.min(streamIds.size(), i + CHUNK));
            chain = chain.chain(() -> AuditLogRow.<AuditLogRow>list(
                            "generation = ?1 and councilId = ?2 and streamId in ?3", Sort.by("streamVersion"),
                            generation, councilId, chunk)
                    .invoke(events -> events.forEach(e -> streams.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e)))
                    .replaceWithVoid());
        }
        return chain.map(v -> new Read(rows, streams, rows.size()));
    }

    private static String key(AuditLogRow r) {
        return r.streamType + "/" + r.streamId;
    }

    private Uni<List<AuditEntry>> entries(Read read) {
        Set<String> ids = new LinkedHashSet<>();
        Map<java.util.UUID, JsonNode> data = new HashMap<>();
        for (List<AuditLogRow> stream : read.streams.values()) {
            for (AuditLogRow r : stream) data.put(r.eventId, json(r.data));
        }
        for (AuditLogRow r : read.rows) {
            ids.add(r.actor);
            JsonNode d = data.computeIfAbsent(r.eventId, id -> json(r.data));
            for (String f : PEOPLE_FIELDS) if (d.hasNonNull(f)) ids.add(d.get(f).asText());
            d.path("officers").forEach(o -> ids.add(o.asText()));
        }
        return people.lookup(ids).map(who -> {
            List<AuditEntry> out = new ArrayList<>(read.rows.size());
            for (AuditLogRow r : read.rows) {
                List<AuditChanges.StreamEvent> earlier = new ArrayList<>();
                for (AuditLogRow e : read.streams.getOrDefault(key(r), List.of())) {
                    if (e.streamVersion < r.streamVersion) earlier.add(new AuditChanges.StreamEvent(e.eventType, data.get(e.eventId)));
                }
                JsonNode d = data.get(r.eventId);
                var change = AuditChanges.of(new AuditChanges.StreamEvent(r.eventType, d), earlier,
                        id -> who.getOrDefault(id, Person.unresolved(id)).label());
                out.add(new AuditEntry(r.eventId, r.eventType, r.at, r.actor, who.getOrDefault(r.actor, Person.unresolved(r.actor)),
                        ActingRoles.of(r.eventType, d), r.cycleId, r.characteristicCode, r.themeCode, r.actionId, r.streamType,
                        r.streamId, r.streamVersion, change.what(), change.from(), change.to(), change.why(), r.correlationId));
            }
            return out;
        });
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
