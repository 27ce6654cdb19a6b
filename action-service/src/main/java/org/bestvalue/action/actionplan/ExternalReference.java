package org.bestvalue.action.actionplan;

/** The item that carries this action in another system, e.g. the business planning tool's in-year activity. */
public record ExternalReference(String system, String reference) {
}
