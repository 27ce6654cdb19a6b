package org.bestvalue.reporting.rest;

import org.bestvalue.eventkit.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the {@code asOf} query parameter: an instant, or a date meaning the end of that day in England. */
final class AsOf {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private AsOf() {
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(LONDON).toInstant().minusNanos(1);
            } catch (DateTimeParseException e2) {
                throw new RuleViolation(400, "invalid-as-of", "asOf",
                        "asOf must be an instant (2024-06-10T12:00:00Z) or a date (2024-06-10)");
            }
        }
    }
}
