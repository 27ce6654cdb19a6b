package org.bestvalue.assessment.events;

import org.bestvalue.assessment.cycle.CycleEvent;
import org.bestvalue.assessment.evidence.EvidenceEvent;
import org.bestvalue.assessment.framework.FrameworkEvent;
import org.bestvalue.assessment.narrative.NarrativeEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** asyncapi.yaml documents every event type the service publishes, with every field of its data. */
class AsyncApiDocumentsEveryEventTest {

    @Test
    void everyEventTypeAndFieldIsInTheAsyncApiFile() throws IOException {
        String spec;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertNotNull(in, "asyncapi.yaml is on the classpath");
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Class<?> sealed : new Class<?>[]{FrameworkEvent.class, CycleEvent.class, NarrativeEvent.class, EvidenceEvent.class}) {
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                String name = type.getSimpleName();
                assertTrue(spec.contains("    " + name + ":\n      name: " + name), name + " has a message");
                int data = spec.indexOf("    " + name + "Data:\n");
                assertTrue(data >= 0, name + " has a data schema");
                int end = spec.indexOf("Data:\n", data + name.length() + 10);
                String schema = spec.substring(data, end < 0 ? spec.length() : end);
                Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
                        .forEach(field -> assertTrue(schema.contains("        " + field + ":"), name + "." + field + " is documented"));
            }
        }
    }
}
