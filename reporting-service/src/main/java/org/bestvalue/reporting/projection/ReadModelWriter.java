package org.bestvalue.reporting.projection;

import io.smallrye.mutiny.Uni;
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

    public static Uni<Void> execute(SqlConnection tx, List<ReadModelWrite> writes, List<Integer> generations) {
        Map<ReadModelWrite.Statement, List<Tuple>> byStatement = new EnumMap<>(ReadModelWrite.Statement.class);
        for (int generation : generations) {
            for (ReadModelWrite w : writes) {
                Tuple t = Tuple.tuple().addValue(generation);
                for (Object p : w.params()) t.addValue(p);
                byStatement.computeIfAbsent(w.statement(), s -> new ArrayList<>()).add(t);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        // Enum order puts catalogue rows before the rows that refer to them.
        for (Map.Entry<ReadModelWrite.Statement, List<Tuple>> e : byStatement.entrySet()) {
            chain = chain.chain(() -> {
                var query = tx.preparedQuery(e.getKey().sql);
                return (e.getValue().size() == 1 ? query.execute(e.getValue().get(0)) : query.executeBatch(e.getValue()))
                        .replaceWithVoid();
            });
        }
        return chain;
    }
}
