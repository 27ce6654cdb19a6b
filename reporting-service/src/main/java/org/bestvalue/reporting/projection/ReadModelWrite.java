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

    /** The inserts of the read model. Each ignores a row it already has, so a redelivery changes nothing. */
    public enum Statement {
        FRAMEWORK_VERSION("INSERT INTO framework_versions (generation, council_id, framework_version_id, name, label,"
                + " predecessor_id, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"),
        THEME("INSERT INTO themes (generation, framework_version_id, code, title, ord) VALUES ($1, $2, $3, $4, $5)"
                + " ON CONFLICT DO NOTHING"),
        CHARACTERISTIC("INSERT INTO characteristics (generation, framework_version_id, code, theme_code, title,"
                + " description, ord, cross_reference_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"),
        MAPPING("INSERT INTO framework_mappings (generation, framework_version_id, seq, code, predecessor_code, change)"
                + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING"),
        CYCLE("INSERT INTO cycles (generation, council_id, cycle_id, year, title, framework_version_id,"
                + " carried_forward_from, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"),
        MILESTONE("INSERT INTO cycle_milestones (generation, event_id, council_id, cycle_id, kind, as_of, at, actor)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"),
        ROUND("INSERT INTO scoring_rounds (generation, council_id, round_id, cycle_id, name, kind, opened_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"),
        SCORE("INSERT INTO score_history (generation, event_id, council_id, cycle_id, round_id, characteristic_code,"
                + " theme_code, event_type, status, colour, previous_colour, reason, decision, actor, at, stream_id,"
                + " stream_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)"
                + " ON CONFLICT DO NOTHING"),
        ACTION("INSERT INTO action_history (generation, event_id, council_id, cycle_id, opportunity_id, action_id,"
                + " characteristic_code, event_type, actor, at, stream_id, stream_version, data)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING");

        public final String sql;

        Statement(String sql) {
            this.sql = sql;
        }
    }
}
