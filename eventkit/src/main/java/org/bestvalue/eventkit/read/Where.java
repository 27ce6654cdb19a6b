package org.bestvalue.eventkit.read;

import io.quarkus.panache.common.Parameters;

/**
 * A Panache query's where clause and its named parameters, built from what every list is filtered by and the
 * filters a request may leave out: {@link #and} adds a condition only when its value is there. Every read that
 * filters builds its query so, instead of appending to a string and a parameter list in step by hand.
 * <pre>{@code
 * Where w = Where.of("councilId = :council and cycleId = :cycle", Parameters.with("council", c).and("cycle", id))
 *         .and("status = :status", "status", status);
 * Row.find(w.query(), page.sort(), w.parameters())
 * }</pre>
 */
public final class Where {
    private final StringBuilder query;
    private Parameters parameters;

    private Where(String clause, Parameters parameters) {
        this.query = new StringBuilder(clause);
        this.parameters = parameters;
    }

    /** The conditions every row of the read meets (its council, its parent), with their parameters. */
    public static Where of(String clause, Parameters parameters) {
        return new Where(clause, parameters);
    }

    /** Adds {@code and <condition>} with its one parameter, unless the value is null (the filter was not asked for). */
    public Where and(String condition, String name, Object value) {
        if (value == null) return this;
        query.append(" and ").append(condition);
        parameters = parameters.and(name, value);
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}
