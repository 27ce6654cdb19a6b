package org.bestvalue.assessment.application;

import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.eventkit.store.UniqueViolations;

/** Turns a unique-constraint clash of a query table (two writers racing) into the conflict the client should see. */
final class Unique {
    private Unique() {
    }

    static Throwable translate(Throwable t) {
        String constraint = UniqueViolations.constraint(t);
        if (constraint == null) return t;
        return switch (constraint) {
            case "framework_versions_label_unique" ->
                    new RuleViolation(409, "duplicate-label", "label", "The council already has a framework version with this label");
            case "cycles_year_unique" -> new RuleViolation(409, "cycle-year-exists", "year", "The council already has a cycle for this year");
            case "narratives_one_per_characteristic" ->
                    new RuleViolation(409, "narrative-exists", "characteristicCode", "The cycle already has a narrative for this characteristic");
            default -> t;
        };
    }
}
