package org.bestvalue.assessment.cycle;

import java.time.Instant;
import java.util.UUID;

/** What a planner asks of an assessment cycle. Time comes in the command: the decider reads no clock. */
public sealed interface CycleCommand {

    record OpenCycle(UUID cycleId, int year, String title, UUID frameworkVersionId, UUID carriedForwardFrom)
            implements CycleCommand {
    }

    /** @param asOf the instant the heat-map is frozen at (null = now) */
    record TakeSnapshot(Instant asOf, Instant now) implements CycleCommand {
    }

    /** @param asOf which snapshot the public may see (null = the latest) */
    record PublishCycle(Instant asOf) implements CycleCommand {
    }

    record CloseCycle() implements CycleCommand {
    }
}
