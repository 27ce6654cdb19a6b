package org.bestvalue.action.contract;

import org.bestvalue.action.actionplan.ActionEvent;
import org.bestvalue.action.opportunity.OpportunityEvent;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** asyncapi.yaml, parsed: every event type this service publishes, in the shared envelope, with every field of its data. */
class AsyncApiContractTest {

    @Test
    void everyPublishedEventTypeAndFieldIsDocumentedInTheSharedEnvelope() {
        AsyncApiContract.assertDocumentsEvery(AsyncApiContract.read("asyncapi.yaml"), OpportunityEvent.class, ActionEvent.class);
    }

    @Test
    void theConsumedTopicsAndTheDeadLetterTopicAreDocumented() {
        var doc = AsyncApiContract.read("asyncapi.yaml");
        assertEquals("receive", doc.at("/operations/receiveAssessmentEvents/action").asText());
        assertEquals("#/channels/assessmentEvents", doc.at("/operations/receiveAssessmentEvents/channel/$ref").asText());
        assertEquals("bv.assessment.events", doc.at("/channels/assessmentEvents/address").asText());
        assertEquals("receive", doc.at("/operations/receiveScoringEvents/action").asText());
        assertEquals("bv.scoring.events", doc.at("/channels/scoringEvents/address").asText());
        assertEquals("bv.action.dlq", doc.at("/channels/actionDeadLetters/address").asText());
        assertEquals("send", doc.at("/operations/sendDeadLetters/action").asText());
    }
}
