package org.bestvalue.reporting.projection;

import java.util.Arrays;
import java.util.List;

/**
 * One row an event puts into a read-model table: the statement and its parameters without the
 * generation, which the writer prepends ({@code $1} of every statement is the generation).
 */
public record ReadModelWrite(Statement statement, List<Object> params) {
    public static ReadModelWrite of(Statement statement, Object... params) {
        return new ReadModelWrite(statement, Arrays.asList(params));
    }

    /**
     * The inserts of the read model. Each ignores a row it already has, so a redelivery changes nothing.
     * A statement knows its table and typed columns (after {@code generation}); the writer uses them for
     * the one-row insert and for the set-based insert of a whole batch ({@code unnest} of arrays).
     */
    public enum Statement {
        FRAMEWORK_VERSION("framework_versions", "council_id text, framework_version_id text, name text, label text,"
                + " predecessor_id text, imported_at timestamptz"),
        THEME("themes", "framework_version_id text, code text, title text, ord int"),
        CHARACTERISTIC("characteristics", "framework_version_id text, code text, theme_code text, title text,"
                + " description text, ord int, cross_reference_to text"),
        MAPPING("framework_mappings", "framework_version_id text, seq int, code text, predecessor_code text, change text"),
        CYCLE("cycles", "council_id text, cycle_id text, year int, title text, framework_version_id text,"
                + " carried_forward_from text, opened_at timestamptz"),
        MILESTONE("cycle_milestones", "event_id uuid, council_id text, cycle_id text, kind text, as_of timestamptz,"
                + " at timestamptz, actor text"),
        ROUND("scoring_rounds", "council_id text, round_id text, cycle_id text, name text, kind text, opened_at timestamptz"),
        SCORE("score_history", "event_id uuid, council_id text, cycle_id text, round_id text, characteristic_code text,"
                + " theme_code text, event_type text, status text, colour text, previous_colour text, reason text,"
                + " decision text, actor text, at timestamptz, stream_id text, stream_version bigint, correlation_id text"),
        ACTION("action_history", "event_id uuid, council_id text, cycle_id text, opportunity_id text, action_id text,"
                + " characteristic_code text, event_type text, actor text, at timestamptz, stream_id text,"
                + " stream_version bigint, data jsonb"),
        COMMENT("comment_history", "event_id uuid, council_id text, cycle_id text, characteristic_code text, event_type text,"
                + " actor text, at timestamptz, stream_id text, stream_version bigint"),
        AUDIT("audit_log", "event_id uuid, council_id text, event_type text, stream_type text, stream_id text,"
                + " stream_version bigint, actor text, at timestamptz, correlation_id text, cycle_id text,"
                + " characteristic_code text, theme_code text, action_id text, data jsonb"),
        NARRATIVE("narrative_history", "event_id uuid, council_id text, cycle_id text, narrative_id text,"
                + " characteristic_code text, event_type text, revision int, text text, evidence_id text, status text,"
                + " actor text, at timestamptz, stream_id text, stream_version bigint"),
        EVIDENCE("evidence_history", "event_id uuid, council_id text, evidence_id text, revision int, title text, kind text,"
                + " reference text, uri text, dated date, actor text, at timestamptz, stream_version bigint");

        /** The partitioned table; a generation being loaded has a table of its own (see {@link GenerationTables}). */
        public final String table;
        public final int columns;
        private final String names;
        private final String values;
        private final String unnest;
        /** The two inserts into the partitioned table itself, which every live event uses: made once. */
        private final String sql;
        private final String batchSql;

        Statement(String table, String typedColumns) {
            this.table = table;
            String[] cols = typedColumns.split(",\\s*");
            columns = cols.length;
            StringBuilder names = new StringBuilder();
            StringBuilder params = new StringBuilder();
            StringBuilder casts = new StringBuilder();
            StringBuilder arrays = new StringBuilder();
            for (int i = 0; i < cols.length; i++) {
                String[] nameType = cols[i].trim().split("\\s+");
                String sep = i == 0 ? "" : ", ";
                names.append(sep).append(nameType[0]);
                params.append(sep).append('$').append(i + 2);
                casts.append(sep).append("u.").append(nameType[0]).append("::").append(nameType[1]);
                arrays.append(sep).append('$').append(i + 2).append("::text[]");
            }
            this.names = names.toString();
            this.values = "VALUES ($1, " + params + ")";
            this.unnest = "SELECT $1, " + casts + " FROM unnest(" + arrays + ") AS u(" + names + ")";
            this.sql = insert(table, values);
            this.batchSql = insert(table, unnest);
        }

        private String insert(String target, String rows) {
            return "INSERT INTO " + target + " (generation, " + names + ") " + rows + " ON CONFLICT DO NOTHING";
        }

        /** One row into {@code target}: {@code $1} is the generation, the columns follow in order. */
        public String sql(String target) {
            return target.equals(table) ? sql : insert(target, values);
        }

        /** A batch into {@code target}: {@code $1} is the generation, then one text array per column, cast to its type. */
        public String batchSql(String target) {
            return target.equals(table) ? batchSql : insert(target, unnest);
        }
    }
}
