package org.bestvalue.action.opportunity;

/** An opportunity for improvement as its events left it; {@link #NONE} before it is raised. */
public record Opportunity(String opportunityId, String cycleId, String characteristicCode, String gap,
                          Origin origin, Colour colour) {
    public static final Opportunity NONE = new Opportunity(null, null, null, null, null, null);

    public boolean exists() {
        return opportunityId != null;
    }
}
