package org.bestvalue.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.bestvalue.eventkit.testing.AsyncApiContract;
import org.bestvalue.reporting.projection.ReadModelProjector;
import org.bestvalue.reporting.projection.ReadModelRebuild;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * asyncapi.yaml, parsed: the reporting service publishes nothing, so the kit's check over sealed event types
 * does not apply; instead every type the projector turns into rows must be a message that a receive
 * operation takes from one of the topics the service consumes, in the shared CloudEvent envelope, and the
 * dead-letter topic must be documented with its reason header.
 */
class AsyncApiDocumentTest {
    static final JsonNode DOC = AsyncApiContract.read("asyncapi.yaml");

    @Test
    void itIsAsyncApi3AndKeepsNoCopyOfTheEnvelope() {
        assertThat(DOC.path("asyncapi").asText()).startsWith("3.");
        assertThat(DOC.at("/components/schemas/CloudEvent").isMissingNode()).isTrue();
    }

    @Test
    void everyTypeTheProjectorHandlesIsAReceivedMessageInTheSharedEnvelope() {
        Set<String> received = new HashSet<>();
        Map<String, String> receivedFrom = new HashMap<>();
        DOC.path("operations").forEach(op -> {
            if (!"receive".equals(op.path("action").asText())) return;
            String channel = op.at("/channel/$ref").asText().replace("#/channels/", "");
            for (JsonNode m : op.path("messages")) {
                String name = m.path("$ref").asText().replaceFirst(".*/messages/", "");
                received.add(name);
                receivedFrom.put(name, DOC.path("channels").path(channel).path("address").asText());
            }
        });
        List<String> gaps = new ArrayList<>();
        for (String type : ReadModelProjector.TYPES) {
            if (!received.contains(type)) gaps.add(type + ": no receive operation takes it");
            else if (!ReadModelRebuild.TOPICS.contains(receivedFrom.get(type))) gaps.add(type + ": received from " + receivedFrom.get(type));
            JsonNode message = DOC.path("components").path("messages").path(type);
            boolean envelope = false;
            String typeConst = null;
            JsonNode data = null;
            for (JsonNode part : message.path("payload").path("allOf")) {
                if (AsyncApiContract.ENVELOPE_REF.equals(part.path("$ref").asText())) envelope = true;
                if (part.has("properties")) {
                    typeConst = part.at("/properties/type/const").asText(null);
                    data = DOC.at(part.at("/properties/data/$ref").asText().replaceFirst("^#", ""));
                }
            }
            if (!envelope) gaps.add(type + ": payload is not the shared CloudEvent envelope");
            if (!type.equals(typeConst)) gaps.add(type + ": type const is " + typeConst);
            if (data == null || data.isMissingNode() || data.isEmpty()) gaps.add(type + ": no data schema");
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void theDeadLetterTopicIsDocumentedWithItsReasonHeader() {
        JsonNode dlq = null;
        String channelId = null;
        for (var it = DOC.path("channels").fields(); it.hasNext(); ) {
            var ch = it.next();
            if ("bv.reporting.dlq".equals(ch.getValue().path("address").asText())) {
                dlq = ch.getValue();
                channelId = ch.getKey();
            }
        }
        assertThat(dlq).as("a channel with address bv.reporting.dlq").isNotNull();
        JsonNode message = DOC.at(dlq.path("messages").elements().next().path("$ref").asText().replaceFirst("^#", ""));
        assertThat(message.at("/headers/properties/dead-letter-reason/type").asText()).isEqualTo("string");
        String ref = "#/channels/" + channelId;
        boolean sent = false;
        for (JsonNode op : DOC.path("operations")) {
            if (ref.equals(op.at("/channel/$ref").asText()) && "send".equals(op.path("action").asText())) sent = true;
        }
        assertThat(sent).as("an operation sends to the dead-letter channel").isTrue();
    }
}
