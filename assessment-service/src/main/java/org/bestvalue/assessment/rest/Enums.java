package org.bestvalue.assessment.rest;

import org.bestvalue.eventkit.RuleViolation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum value the way people write it ("web-page", "WEB_PAGE", "Web page"), or answers 400 naming the field. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) throw new RuleViolation(400, "invalid-request", field, field + " is required");
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, normal);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new RuleViolation(400, "invalid-request", field, field + " must be one of " + allowed);
        }
    }
}
