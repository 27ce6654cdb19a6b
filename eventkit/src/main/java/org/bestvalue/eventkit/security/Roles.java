package org.bestvalue.eventkit.security;

/** The suite's Keycloak realm roles (DESIGN.md §2); endpoints name the ones they allow. */
public final class Roles {
    public static final String PLANNER = "planner";
    public static final String AUTHOR = "author";
    public static final String REVIEWER = "reviewer";
    public static final String MODERATOR = "moderator";
    public static final String LEADERSHIP = "leadership";
    public static final String ACTION_OWNER = "action-owner";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** Runs the suite (rebuilds, dead-letter replays, chain verification): acts across councils, so no council admin has it. */
    public static final String OPERATOR = "operator";
    /**
     * Planner, author, reviewer, moderator, leadership, action-owner, auditor, admin: every council role, for reads.
     * Annotation values cannot be array constants, so it is a property expression whose value is the list
     * ({@code bv.roles.every} in the shared settings); SuiteOpenApi writes the roles themselves into the OpenAPI document.
     */
    public static final String EVERY_ROLE = "${bv.roles.every}";

    private Roles() {
    }
}
