package org.bestvalue.reporting.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.util.List;

/**
 * The read models' generations: the active one that queries read, and the one a rebuild is filling,
 * if any. Live events go into both, so nothing that arrives during a rebuild is missing after the switch.
 * The active generation is written through the partitioned tables; the one being built into its own tables
 * until the rebuild attaches them ({@link GenerationTables}).
 */
public final class Generations {
    private Generations() {
    }

    public record State(int active, Integer building) {
        public List<Target> targets() {
            return building == null ? List.of(Target.active(active)) : List.of(Target.active(active), Target.building(building));
        }
    }

    /** Where a generation's rows go: {@code table} is the partitioned table, the result the one to insert into. */
    public record Target(int generation, boolean ownTables) {
        public static Target active(int generation) {
            return new Target(generation, false);
        }

        public static Target building(int generation) {
            return new Target(generation, true);
        }

        public String table(String table) {
            return ownTables ? GenerationTables.own(table, generation) : table;
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
