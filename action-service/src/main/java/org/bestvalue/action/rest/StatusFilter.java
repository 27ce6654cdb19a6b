package org.bestvalue.action.rest;

import jakarta.ws.rs.QueryParam;
import org.bestvalue.action.actionplan.ActionStatus;
import org.bestvalue.eventkit.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code status} filter of the action plan's reads, as a {@code @BeanParam}: one of the action statuses,
 * or absent for any; an unknown one is 400 {@code invalid-status}.
 */
public class StatusFilter {
    @QueryParam("status")
    @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "IN_PROGRESS", "DONE", "DEFERRED", "CANCELLED"}))
    String status;

    /** The status asked for, or null for any. */
    ActionStatus status() {
        if (status == null || status.isBlank()) return null;
        try {
            return ActionStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(400, "invalid-status", "status",
                    "status is one of PLANNED, IN_PROGRESS, DONE, DEFERRED, CANCELLED");
        }
    }
}
