package org.bestvalue.reporting.projection;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.bestvalue.eventkit.testing.AsyncApiContract.assertConsumerDecidesEvery;
import static org.bestvalue.eventkit.testing.AsyncApiContract.producer;

/**
 * Every event type the three producers document is projected or explicitly ignored by reporting: a producer's
 * new type (as {@code OpportunityGapRevised} once was) fails here until reporting decides what it means for a report.
 */
class ConsumedEventsContractTest {
    @Test
    void reportingDecidesEveryTypeOfEveryTopic() {
        assertConsumerDecidesEvery("reporting-service", Map.of(
                        "bv.assessment.events", producer("assessment-service"),
                        "bv.scoring.events", producer("scoring-service"),
                        "bv.action.events", producer("action-service")),
                ReadModelProjector.TYPES, ReadModelProjector.IGNORED);
    }
}
