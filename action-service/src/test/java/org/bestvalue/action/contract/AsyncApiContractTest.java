package org.bestvalue.action.contract;

import org.bestvalue.action.actionplan.ActionEvent;
import org.bestvalue.action.opportunity.OpportunityEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every event type this service publishes, and every field of its data, is in asyncapi.yaml. */
class AsyncApiContractTest {

    @Test
    void everyPublishedEventTypeAndFieldIsDocumented() throws IOException {
        String spec;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Class<?>> types = new ArrayList<>(List.of(OpportunityEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(ActionEvent.class.getPermittedSubclasses()));
        String keys = section(spec, "    ActionKeys:");
        for (Class<?> type : types) {
            String name = type.getSimpleName();
            assertTrue(spec.contains("    " + name + ":\n      name: " + name), name + " has a message");
            assertTrue(spec.contains("- $ref: '#/components/messages/" + name + "'"), name + " is on bv.action.events");
            String data = section(spec, "    " + name + "Data:");
            for (RecordComponent c : type.getRecordComponents()) {
                String field = c.getName();
                boolean documented = data.contains(" " + field + ":") || data.contains(" '" + field + "':")
                        || (data.contains("ActionKeys") && keys.contains(" " + field + ":"));
                assertTrue(documented, name + "." + field + " is documented");
            }
        }
    }

    private static String section(String spec, String header) {
        int start = spec.indexOf(header);
        assertTrue(start >= 0, header.trim() + " is in the spec");
        int end = spec.indexOf("\n    ", start + header.length());
        while (end >= 0 && spec.startsWith("     ", end + 1)) end = spec.indexOf("\n    ", end + 1);
        return end < 0 ? spec.substring(start) : spec.substring(start, end);
    }
}
