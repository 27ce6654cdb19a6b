package org.bestvalue.reporting.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.bestvalue.eventkit.store.UniqueViolations;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generation's tables. Every read-model table is partitioned by generation (migration V60). A rebuild loads
 * its generation into tables of its own, {@code <table>_g<generation>}, made with no index: rows go in at the
 * speed of the heap alone. When the replay is done, each table's indexes are built in one sorted pass and the
 * table is attached as the generation's partition, so queries find it once the rebuild switches to it.
 * Maintaining the indexes row by row instead was most of a rebuild's time (the benchmark in the README).
 *
 * <p>While a generation loads, the live consumers write each new event into its tables too (its
 * {@link Generations.Target}). An event that both they and the replay wrote, or a record the topics hold twice
 * (a redelivery), stands twice until the attach, which keeps one of them: the unique index fails on the first try, then the table is locked against
 * writes, the extra rows are deleted and the indexes built again.
 */
public final class GenerationTables {
    private static final Logger LOG = Logger.getLogger(GenerationTables.class);

    /** The read-model tables, in the order their generations are made, attached and dropped. */
    static final List<String> TABLES = List.of("framework_versions", "themes", "characteristics", "framework_mappings",
            "cycles", "cycle_milestones", "scoring_rounds", "score_history", "action_history",
            "comment_history", "audit_log", "narrative_history", "evidence_history");

    private static final Pattern INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX \\S+ ON ONLY \\S+ USING (\\w+) \\((.*)\\)");

    private GenerationTables() {
    }

    /** The table of its own a generation is loaded into, and which becomes its partition. */
    public static String own(String table, int generation) {
        return table + "_g" + generation;
    }

    /** Before a rebuild takes its lease: an empty table for each read model, with no index, that only takes the generation. */
    public static void create(Pool pool, int generation) {
        for (String table : TABLES) {
            String own = own(table, generation);
            pool.query("DROP TABLE IF EXISTS " + own + "; CREATE TABLE " + own + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS);"
                    + " ALTER TABLE " + own + " ADD CONSTRAINT " + own + "_generation CHECK (generation = " + generation + ")")
                    .execute().await().indefinitely();
        }
    }

    /** After the replay: each table gets the partitioned table's indexes, built in one pass, and becomes the generation's partition. */
    public static void attach(Pool pool, int generation) {
        for (String table : TABLES) {
            Indexes indexes = indexes(pool, table, generation);
            String attach = "ALTER TABLE " + table + " ATTACH PARTITION " + own(table, generation) + " FOR VALUES IN (" + generation + ")";
            try {
                pool.withTransaction(tx -> run(tx, indexes.build()).chain(() -> tx.query(attach).execute())).await().indefinitely();
            } catch (RuntimeException e) {
                if (!UniqueViolations.is(e)) throw e;
                LOG.infof("Generation %d of %s holds rows twice (a record the topics hold twice, or an event both the"
                        + " replay and the live consumers wrote); keeping one of each", generation, table);
                String own = own(table, generation);
                List<String> dedupe = List.of("LOCK TABLE " + own + " IN SHARE ROW EXCLUSIVE MODE",
                        "DELETE FROM " + own + " WHERE ctid IN (SELECT ctid FROM (SELECT ctid, row_number() OVER (PARTITION BY "
                                + indexes.primaryKey() + ") AS n FROM " + own + ") d WHERE n > 1)");
                pool.withTransaction(tx -> run(tx, dedupe).chain(() -> run(tx, indexes.build())).chain(() -> tx.query(attach).execute()))
                        .await().indefinitely();
            }
        }
    }

    /** Drops a generation: its own tables, when it has them; its rows, when it shares a partition (rows from before V60). */
    static void drop(Pool pool, int generation) {
        for (String table : TABLES) {
            pool.query("DROP TABLE IF EXISTS " + own(table, generation)).execute().await().indefinitely();
            pool.preparedQuery("DELETE FROM " + table + " WHERE generation = $1").execute(Tuple.of(generation))
                    .await().indefinitely();
        }
    }

    /** The statements that build a generation's indexes, and the columns of its primary key. */
    private record Indexes(List<String> build, String primaryKey) {
    }

    /**
     * The statements that give the generation's table the partitioned table's indexes: its primary key as a
     * constraint (a partition's key must be one to attach to the parent's), the others as plain indexes.
     */
    private static Indexes indexes(Pool pool, String table, int generation) {
        String own = own(table, generation);
        List<String> statements = new ArrayList<>();
        String primaryKey = null;
        int i = 0;
        for (Row r : pool.preparedQuery("SELECT pg_get_indexdef(indexrelid) AS def, indisprimary FROM pg_index"
                + " WHERE indrelid = $1::regclass ORDER BY indexrelid").execute(Tuple.of(table)).await().indefinitely()) {
            Matcher m = INDEX.matcher(r.getString("def"));
            if (!m.matches()) throw new IllegalStateException("an index of " + table + " this rebuild cannot copy: " + r.getString("def"));
            if (r.getBoolean("indisprimary")) {
                primaryKey = m.group(3);
                statements.add("ALTER TABLE " + own + " ADD CONSTRAINT " + own + "_pkey PRIMARY KEY (" + primaryKey + ")");
            } else {
                statements.add("CREATE " + (m.group(1) == null ? "" : "UNIQUE ") + "INDEX " + own + "_" + (++i) + " ON " + own
                        + " USING " + m.group(2) + " (" + m.group(3) + ")");
            }
        }
        if (primaryKey == null) throw new IllegalStateException(table + " has no primary key to keep one row of each by");
        return new Indexes(statements, primaryKey);
    }

    private static Uni<Void> run(SqlConnection tx, List<String> statements) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : statements) chain = chain.chain(() -> tx.query(sql).execute().replaceWithVoid());
        return chain;
    }
}
