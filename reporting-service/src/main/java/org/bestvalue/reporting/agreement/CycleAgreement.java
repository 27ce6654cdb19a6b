package org.bestvalue.reporting.agreement;

import java.util.List;

/** Inter-rater agreement of every scoring round of a cycle, in the order the rounds were opened. */
public record CycleAgreement(String cycleId, List<InterRaterAgreement> rounds) {
}
