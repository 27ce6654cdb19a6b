package org.bestvalue.reporting.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Executes read-model writes inside a transaction, grouped by statement and sent as batches, so a
 * rebuild pays one round trip per table per batch of events rather than one per row.
 */
public final class ReadModelWriter {
    private ReadModelWriter() {
    }

    /** Below this many rows a table's rows go as one prepared insert each (pipelined), above as one set-based insert. */
    static final int SET_BASED_FROM = 16;

    public static Uni<Void> execute(SqlConnection tx, List<ReadModelWrite> writes, List<Generations.Target> targets) {
        Map<ReadModelWrite.Statement, List<ReadModelWrite>> byStatement = new EnumMap<>(ReadModelWrite.Statement.class);
        for (ReadModelWrite w : writes) byStatement.computeIfAbsent(w.statement(), s -> new ArrayList<>()).add(w);
        Uni<Void> chain = Uni.createFrom().voidItem();
        // Enum order puts catalogue rows before the rows that refer to them.
        for (Map.Entry<ReadModelWrite.Statement, List<ReadModelWrite>> e : byStatement.entrySet()) {
            for (Generations.Target target : targets) {
                chain = chain.chain(() -> write(tx, e.getKey(), e.getValue(), target));
            }
        }
        return chain;
    }

    private static Uni<Void> write(SqlConnection tx, ReadModelWrite.Statement statement, List<ReadModelWrite> rows,
                                   Generations.Target target) {
        int generation = target.generation();
        String table = target.table(statement.table);
        if (rows.size() < SET_BASED_FROM) {
            List<Tuple> tuples = new ArrayList<>(rows.size());
            for (ReadModelWrite w : rows) {
                Tuple t = Tuple.tuple().addValue(generation);
                for (Object p : w.params()) t.addValue(p instanceof JsonNode json ? new JsonObject(json.toString()) : p);
                tuples.add(t);
            }
            var query = tx.preparedQuery(statement.sql(table));
            return (tuples.size() == 1 ? query.execute(tuples.get(0)) : query.executeBatch(tuples)).replaceWithVoid();
        }
        Tuple t = Tuple.tuple().addValue(generation);
        for (int c = 0; c < statement.columns; c++) {
            String[] column = new String[rows.size()];
            for (int r = 0; r < rows.size(); r++) column[r] = text(rows.get(r).params().get(c));
            t.addArrayOfString(column);
        }
        return tx.preparedQuery(statement.batchSql(table)).execute(t).replaceWithVoid();
    }

    /** The text form PostgreSQL casts back to the column's type (a jsonb column's value is the event's JSON tree). */
    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof JsonNode json) return json.toString();
        return value.toString();
    }
}
