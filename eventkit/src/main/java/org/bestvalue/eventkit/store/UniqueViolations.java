package org.bestvalue.eventkit.store;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique-constraint violation (SQLSTATE 23505) anywhere in a failure's causes. */
public final class UniqueViolations {
    private UniqueViolations() {
    }

    public static boolean is(Throwable t) {
        return constraint(t) != null;
    }

    /** True when the violated constraint is the named one. */
    public static boolean is(Throwable t, String constraintName) {
        return constraintName.equals(constraint(t));
    }

    /** The violated constraint's name ("" when PostgreSQL names none), or null when it is not a unique violation. */
    public static String constraint(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PgException pg && "23505".equals(pg.getSqlState())) return pg.getConstraint() == null ? "" : pg.getConstraint();
            if (c.getCause() == c) break;
        }
        return null;
    }
}
