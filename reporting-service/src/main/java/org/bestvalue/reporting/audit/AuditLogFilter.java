package org.bestvalue.reporting.audit;

import org.bestvalue.eventkit.RuleViolation;
import org.bestvalue.reporting.projection.ReadModelProjector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the auditor asks of the log: by whom ({@code actor}, a user id), which event {@code type}, which cycle,
 * characteristic and theme, and between {@code from} and {@code to} (inclusive; an instant, or a date: from the start
 * of that day, to its end, in England). Every filter is optional; bad ones are a 400 {@code invalid-filter} naming the
 * parameter.
 */
public record AuditLogFilter(String actor, String type, String cycleId, String characteristicCode, String theme,
                             Instant from, Instant to) {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Every type the log can hold: what the three topics publish and reporting's own exports. */
    public static final Set<String> TYPES;

    static {
        Set<String> all = new TreeSet<>(ReadModelProjector.TYPES);
        all.addAll(ReadModelProjector.IGNORED);
        all.add(DocumentExported.TYPE);
        TYPES = java.util.Collections.unmodifiableSet(all);
    }

    public static AuditLogFilter parse(String actor, String type, String cycleId, String characteristicCode, String theme,
                                       String from, String to) {
        if (blank(type) == null) type = null;
        else if (!TYPES.contains(type.strip())) {
            throw new RuleViolation(400, "invalid-filter", "type", "type must be one of the suite's event types: "
                    + String.join(", ", TYPES));
        } else type = type.strip();
        Instant f = instant(from, "from", false);
        Instant t = instant(to, "to", true);
        if (f != null && t != null && f.isAfter(t)) {
            throw new RuleViolation(400, "invalid-filter", "from", "from (" + from + ") is after to (" + to + ")");
        }
        return new AuditLogFilter(blank(actor), type, blank(cycleId), blank(characteristicCode), blank(theme), f, t);
    }

    /** The HQL condition over {@code AuditLogRow a} and its parameters ({@code ?1} the generation, {@code ?2} the council). */
    public Query where(int generation, String councilId) {
        StringBuilder q = new StringBuilder("from AuditLogRow a where a.generation = ?1 and a.councilId = ?2");
        List<Object> params = new ArrayList<>(List.of(generation, councilId));
        if (actor != null) q.append(" and a.actor = ?").append(add(params, actor));
        if (type != null) q.append(" and a.eventType = ?").append(add(params, type));
        if (cycleId != null) q.append(" and a.cycleId = ?").append(add(params, cycleId));
        if (characteristicCode != null) q.append(" and a.characteristicCode = ?").append(add(params, characteristicCode));
        if (theme != null) {
            // Score events carry their theme; the others name a characteristic, whose theme the cycle's framework knows.
            int p = add(params, theme);
            q.append(" and (a.themeCode = ?").append(p).append(" or (a.themeCode is null and a.characteristicCode in (")
                    .append("select c.code from CharacteristicRow c where c.generation = ?1 and c.themeCode = ?").append(p)
                    .append(" and c.frameworkVersionId in (select y.frameworkVersionId from CycleRow y")
                    .append(" where y.generation = ?1 and y.councilId = ?2 and y.cycleId = a.cycleId))))");
        }
        if (from != null) q.append(" and a.at >= ?").append(add(params, from));
        if (to != null) q.append(" and a.at <= ?").append(add(params, to));
        return new Query(q.toString(), params.toArray());
    }

    public record Query(String hql, Object[] params) {
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        if (blank(value) == null) return null;
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(value.strip());
                return endOfDay ? day.plusDays(1).atStartOfDay(LONDON).toInstant().minusNanos(1)
                        : day.atStartOfDay(LONDON).toInstant();
            } catch (DateTimeParseException e2) {
                throw new RuleViolation(400, "invalid-filter", field,
                        field + " must be an instant (2024-06-10T12:00:00Z) or a date (2024-06-10)");
            }
        }
    }
}
