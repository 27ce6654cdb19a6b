package org.bestvalue.action.consumers;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.bestvalue.eventkit.testing.AsyncApiContract.assertConsumerDecidesEvery;
import static org.bestvalue.eventkit.testing.AsyncApiContract.producer;

/** Every event type the producers document is applied or explicitly ignored by each of this service's consumers. */
class ConsumedEventsContractTest {
    @Test
    void theCatalogueDecidesEveryAssessmentEventType() {
        assertConsumerDecidesEvery(AssessmentEventsConsumer.CONSUMER,
                Map.of("bv.assessment.events", producer("assessment-service")),
                AssessmentEventsConsumer.APPLIED, AssessmentEventsConsumer.IGNORED);
    }

    @Test
    void theProposalsDecideEveryScoringEventType() {
        assertConsumerDecidesEvery(ScoreEventsConsumer.CONSUMER, Map.of("bv.scoring.events", producer("scoring-service")),
                ScoreEventsConsumer.APPLIED, ScoreEventsConsumer.IGNORED);
    }
}
