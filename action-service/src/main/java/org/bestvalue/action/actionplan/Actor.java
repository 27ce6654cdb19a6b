package org.bestvalue.action.actionplan;

/** Who issues a command: the token subject, and whether they hold the planner role. */
public record Actor(String userId, boolean planner) {
}
