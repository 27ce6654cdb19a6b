package org.bestvalue.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.NewEvent;
import org.bestvalue.eventkit.StreamId;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.reporting.projection.Generations;
import org.bestvalue.reporting.projection.ReadModelWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Someone took a document out of the suite: the one event reporting appends to its own event store (stream type
 * {@code export}, one stream per export), so the record outlives any rebuild of the read models. Its data: the
 * document's name ({@link AuditedExport#value()}), the format and file name handed out, the request's path and query
 * parameters, and the exporter's roles. The append projects it into the audit log in the same transaction; a rebuild
 * replays reporting's own events into the new generation after the topics ({@link #replayInto}).
 */
public final class DocumentExported {
    public static final String TYPE = "DocumentExported";
    public static final String STREAM_TYPE = "export";

    private DocumentExported() {
    }

    /** Appends the record of an export, and its audit-log row in every live generation, in one transaction. */
    public static Uni<Void> record(EventStore store, ObjectMapper mapper, CommandContext ctx, String document, String format,
                                   String filename, Map<String, String> parameters, Set<String> roles) {
        ObjectNode data = mapper.createObjectNode();
        data.put("document", document);
        data.put("format", format);
        data.put("filename", filename);
        // An export of one cycle's document belongs to that cycle in the log ("every change in the 2024 cycle").
        if (parameters.containsKey("cycleId")) data.put("cycleId", parameters.get("cycleId"));
        ObjectNode params = data.putObject("parameters");
        parameters.forEach(params::put);
        var r = data.putArray("roles");
        roles.stream().sorted().forEach(r::add);
        UUID id = UUID.randomUUID();
        return store.append(ctx, new StreamId(STREAM_TYPE, id.toString()), EventStore.NO_STREAM,
                        List.of(new NewEvent(id, TYPE, 1, data)), DocumentExported::project)
                .replaceWithVoid();
    }

    private static Uni<Void> project(SqlConnection tx, List<EventEnvelope> events) {
        var rows = events.stream().map(AuditEntries::row).toList();
        return Generations.readForWrite(tx).chain(g -> ReadModelWriter.execute(tx, rows, g.targets()));
    }

    /** Replays every export recorded in reporting's own event store into {@code generation} (part of a rebuild). */
    public static long replayInto(Pool pool, EventStore store, int generation) {
        return pool.withTransaction(tx -> store.replayAll(tx, 2000, batch -> {
            List<org.bestvalue.reporting.projection.ReadModelWrite> rows = new ArrayList<>();
            for (EventEnvelope e : batch) if (TYPE.equals(e.type())) rows.add(AuditEntries.row(e));
            return ReadModelWriter.execute(tx, rows, List.of(Generations.Target.building(generation)));
        })).await().indefinitely();
    }
}
