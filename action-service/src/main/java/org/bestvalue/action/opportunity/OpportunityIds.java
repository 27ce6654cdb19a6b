package org.bestvalue.action.opportunity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An opportunity's id is derived from its council, cycle and characteristic: there is one per
 * characteristic and cycle, so a planner's raise and an automatic proposal land on the same stream and a
 * second one finds the first.
 */
public final class OpportunityIds {
    private OpportunityIds() {
    }

    public static String of(String councilId, String cycleId, String characteristicCode) {
        String seed = "opportunity|" + councilId + '|' + cycleId + '|' + characteristicCode;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
