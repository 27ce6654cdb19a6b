package org.bestvalue.assessment.service;

import io.vertx.pgclient.PgException;
import org.bestvalue.eventkit.RuleViolation;

/** Turns a unique-constraint clash of a query table (two writers racing) into the conflict the client should see. */
final class Unique {
    private Unique() {
    }

    static Throwable translate(Throwable t) {
        Throwable c = t;
        while (c != null) {
            if (c instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                String constraint = String.valueOf(pg.getConstraint());
                if (constraint.equals("framework_versions_label_unique"))
                    return new RuleViolation(409, "duplicate-label", "label", "The council already has a framework version with this label");
                if (constraint.equals("cycles_year_unique"))
                    return new RuleViolation(409, "cycle-year-exists", "year", "The council already has a cycle for this year");
                if (constraint.equals("narratives_one_per_characteristic"))
                    return new RuleViolation(409, "narrative-exists", "characteristicCode", "The cycle already has a narrative for this characteristic");
            }
            c = c.getCause();
        }
        return t;
    }
}
