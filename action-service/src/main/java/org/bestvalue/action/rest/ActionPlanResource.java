package org.bestvalue.action.rest;

import jakarta.inject.Inject;
import org.bestvalue.action.application.ActionAggregates;
import org.bestvalue.action.application.CouncilCalendar;
import org.bestvalue.action.projection.ActionPlanReads;
import org.bestvalue.eventkit.http.RequestContext;

/**
 * What the cycle, opportunity and action endpoints share: the request (its council, user and command context),
 * the opportunity and action streams, the action plan's read tables, and the council's calendar ("today", for
 * the dates a command defaults and the overdue flags a read computes).
 */
abstract class ActionPlanResource {
    @Inject
    RequestContext request;
    @Inject
    ActionAggregates aggregates;
    @Inject
    ActionPlanReads reads;
    @Inject
    CouncilCalendar calendar;
}
