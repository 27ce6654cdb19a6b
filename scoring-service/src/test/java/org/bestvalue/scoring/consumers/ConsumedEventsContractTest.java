package org.bestvalue.scoring.consumers;

import org.bestvalue.scoring.projection.AssessmentView;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.bestvalue.eventkit.testing.AsyncApiContract.assertConsumerDecidesEvery;
import static org.bestvalue.eventkit.testing.AsyncApiContract.producer;

/** Every event type assessment documents is applied or explicitly ignored by scoring's view of the assessment. */
class ConsumedEventsContractTest {
    @Test
    void theAssessmentViewDecidesEveryAssessmentEventType() {
        assertConsumerDecidesEvery(AssessmentEventsConsumer.CONSUMER, Map.of("bv.assessment.events", producer("assessment-service")),
                AssessmentView.APPLIED, AssessmentView.IGNORED);
    }
}
