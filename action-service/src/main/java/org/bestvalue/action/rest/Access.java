package org.bestvalue.action.rest;

/**
 * Who may call what, named once. Annotation values cannot be array constants, so "every role" is a Quarkus
 * property expression whose value is the list (application.properties, {@code action.roles.every}).
 */
final class Access {
    /** Planner, author, reviewer, moderator, leadership, action-owner, auditor, admin: every role of the realm. */
    static final String EVERY_ROLE = "${action.roles.every}";

    private Access() {
    }
}
