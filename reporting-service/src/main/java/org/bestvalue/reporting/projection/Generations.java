package org.bestvalue.reporting.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.util.List;

/**
 * The read models' generations: the active one that queries read, and the one a rebuild is filling,
 * if any. Live events go into both, so nothing that arrives during a rebuild is missing after the switch.
 */
public final class Generations {
    private Generations() {
    }

    public record State(int active, Integer building) {
        public List<Integer> targets() {
            return building == null ? List.of(active) : List.of(active, building);
        }
    }

    public static Uni<State> read(SqlClient client) {
        return client.query("SELECT active, building FROM read_model_generation").execute()
                .map(rs -> {
                    Row r = rs.iterator().next();
                    return new State(r.getInteger("active"), r.getInteger("building"));
                });
    }

    /** Reads the state and locks it against a switch until the caller's transaction ends. */
    public static Uni<State> readForWrite(SqlClient client) {
        return client.query("SELECT active, building FROM read_model_generation FOR SHARE").execute()
                .map(rs -> {
                    Row r = rs.iterator().next();
                    return new State(r.getInteger("active"), r.getInteger("building"));
                });
    }
}
