package org.bestvalue.reporting.audit;

import org.bestvalue.eventkit.people.Person;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the council's audit log: one event. Who ({@code actor} and {@code actorPerson}), as what role, when,
 * the event's {@code type}, which cycle, characteristic, theme and action, what changed ({@code what}: {@code from} →
 * {@code to}, in words), why, and the request that caused it ({@code correlationId}).
 */
public record AuditEntry(UUID eventId, String type, Instant at, String actor, Person actorPerson, String role,
                         String cycleId, String characteristicCode, String themeCode, String actionId, String streamType,
                         String streamId, long streamVersion, String what, String from, String to, String why,
                         String correlationId) {
}
