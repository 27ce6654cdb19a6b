package org.bestvalue.assessment.events;

import org.bestvalue.assessment.comment.CommentThreadEvent;
import org.bestvalue.assessment.cycle.CycleEvent;
import org.bestvalue.assessment.evidence.EvidenceEvent;
import org.bestvalue.assessment.framework.FrameworkEvent;
import org.bestvalue.assessment.narrative.NarrativeEvent;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** asyncapi.yaml documents every event type the service publishes, in the shared envelope, with every field of its data. */
class AsyncApiDocumentsEveryEventTest {

    @Test
    void everyEventTypeAndFieldIsDocumentedInTheSharedEnvelope() {
        var doc = AsyncApiContract.read("asyncapi.yaml");
        AsyncApiContract.assertDocumentsEvery(doc, FrameworkEvent.class, CycleEvent.class, NarrativeEvent.class, EvidenceEvent.class,
                CommentThreadEvent.class);
        assertEquals("bv.assessment.events", doc.at("/channels/assessmentEvents/address").asText());
        assertEquals(true, doc.at("/components/schemas/CloudEvent").isMissingNode(), "no local copy of the envelope");
    }
}
