package org.bestvalue.scoring.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.bestvalue.scoring.round.ScoringRoundEvent;
import org.bestvalue.scoring.score.ScoreEvent;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The AsyncAPI document, parsed, against the code: every event type and field, the consumed topic and the DLQ. */
class ScoringAsyncApiTest {
    private final JsonNode doc = AsyncApiContract.read("asyncapi.yaml");

    @Test
    void everyScoringEventAndEveryFieldIsDocumentedInTheSharedEnvelope() {
        AsyncApiContract.assertDocumentsEvery(doc, ScoringRoundEvent.class, ScoreEvent.class);
    }

    @Test
    void theConsumedAssessmentTopicAndTheDeadLetterTopicAreDocumented() {
        Map<String, String> actionByAddress = new HashMap<>();
        doc.path("operations").forEach(op -> {
            String channel = op.path("channel").path("$ref").asText().replace("#/channels/", "");
            actionByAddress.put(doc.path("channels").path(channel).path("address").asText(), op.path("action").asText());
        });
        assertEquals("send", actionByAddress.get("bv.scoring.events"));
        assertEquals("receive", actionByAddress.get("bv.assessment.events"));
        assertEquals("send", actionByAddress.get("bv.scoring.dlq"));
    }
}
