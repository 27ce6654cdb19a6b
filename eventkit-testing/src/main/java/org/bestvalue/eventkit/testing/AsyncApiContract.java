package org.bestvalue.eventkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a service's AsyncAPI document against its code, by parsing it (not by matching text): it is
 * AsyncAPI 3.x; every case of the given sealed event interfaces is a message on a channel, whose payload
 * is the suite's shared CloudEvent envelope ({@code cloudevent.yaml}) with {@code type} fixed to the
 * event's name and a {@code data} schema that documents every field of the record.
 */
public final class AsyncApiContract {
    public static final String ENVELOPE_REF = "cloudevent.yaml#/components/schemas/CloudEvent";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AsyncApiContract() {
    }

    public static JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new AssertionError(resource + " is not on the classpath");
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
    }

    /** Fails with every gap listed when the document misses an event type or field. */
    public static void assertDocumentsEvery(JsonNode doc, Class<?>... sealedEventTypes) {
        List<String> gaps = gaps(doc, sealedEventTypes);
        if (!gaps.isEmpty()) throw new AssertionError("The AsyncAPI document is incomplete:\n  " + String.join("\n  ", gaps));
    }

    public static List<String> gaps(JsonNode doc, Class<?>... sealedEventTypes) {
        List<String> gaps = new ArrayList<>();
        if (!doc.path("asyncapi").asText().startsWith("3.")) gaps.add("asyncapi is '" + doc.path("asyncapi").asText() + "', not 3.x");
        if (read("cloudevent.yaml").at("/components/schemas/CloudEvent/properties/data").isMissingNode()) {
            gaps.add("the shared cloudevent.yaml has no CloudEvent schema");
        }
        Set<String> onChannels = new HashSet<>();
        doc.path("channels").forEach(ch -> ch.path("messages").fieldNames().forEachRemaining(onChannels::add));
        for (Class<?> sealed : sealedEventTypes) {
            if (!sealed.isSealed()) throw new IllegalArgumentException(sealed + " is not sealed");
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                String name = type.getSimpleName();
                JsonNode message = doc.path("components").path("messages").path(name);
                if (message.isMissingNode()) {
                    gaps.add(name + ": no message in components/messages");
                    continue;
                }
                if (!onChannels.contains(name)) gaps.add(name + ": not on any channel");
                JsonNode allOf = message.path("payload").path("allOf");
                boolean envelope = false;
                JsonNode data = null;
                String typeConst = null;
                for (JsonNode part : allOf) {
                    if (ENVELOPE_REF.equals(part.path("$ref").asText())) envelope = true;
                    if (part.has("properties")) {
                        typeConst = part.path("properties").path("type").path("const").asText(null);
                        data = resolve(doc, part.path("properties").path("data"));
                    }
                }
                if (!envelope) gaps.add(name + ": payload does not use the shared envelope " + ENVELOPE_REF);
                if (!name.equals(typeConst)) gaps.add(name + ": payload's type const is " + typeConst);
                if (data == null || data.isMissingNode()) {
                    gaps.add(name + ": no data schema");
                    continue;
                }
                if (type.isRecord()) {
                    for (RecordComponent c : type.getRecordComponents()) {
                        JsonNode field = data.path("properties").path(c.getName());
                        if (field.isMissingNode()) gaps.add(name + ".data." + c.getName() + ": not documented");
                        else if (!field.has("type") && !field.has("$ref") && !field.has("oneOf") && !field.has("anyOf")
                                && !field.has("allOf") && !field.has("const") && !field.has("enum")) {
                            gaps.add(name + ".data." + c.getName() + ": no type");
                        }
                    }
                }
            }
        }
        return gaps;
    }

    /**
     * A producing service's AsyncAPI document, read from its module's sources: a consumer's test runs in its own
     * module folder, and the suite's modules are siblings.
     */
    public static JsonNode producer(String module) {
        java.nio.file.Path file = java.nio.file.Path.of("..", module, "src", "main", "resources", "asyncapi.yaml");
        try {
            return YAML.readTree(java.nio.file.Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The event types a document puts on a topic: the messages of the channel at that address. */
    public static Set<String> typesOn(JsonNode doc, String topic) {
        Set<String> types = new java.util.TreeSet<>();
        doc.path("channels").forEach(ch -> {
            if (topic.equals(ch.path("address").asText())) ch.path("messages").fieldNames().forEachRemaining(types::add);
        });
        if (types.isEmpty()) throw new AssertionError("the document has no channel at " + topic);
        return types;
    }

    /**
     * Every type the producers publish on the topics a consumer reads is a decision of the consumer's: applied or
     * explicitly ignored (at run time it still ignores types it does not know yet). Fails naming each undecided
     * type, each type decided twice, and each decided type no producer publishes (a typo or a removed type).
     *
     * @param producers the topics the consumer reads, each with its producer's document
     */
    public static void assertConsumerDecidesEvery(String consumer, java.util.Map<String, JsonNode> producers,
                                                  Set<String> applied, Set<String> ignored) {
        Set<String> published = new java.util.TreeSet<>();
        producers.forEach((topic, doc) -> published.addAll(typesOn(doc, topic)));
        List<String> gaps = new ArrayList<>();
        for (String type : published) {
            if (!applied.contains(type) && !ignored.contains(type)) gaps.add(type + ": neither applied nor ignored");
            if (applied.contains(type) && ignored.contains(type)) gaps.add(type + ": both applied and ignored");
        }
        for (String type : applied) if (!published.contains(type)) gaps.add(type + ": applied, but no producer publishes it");
        for (String type : ignored) if (!published.contains(type)) gaps.add(type + ": ignored, but no producer publishes it");
        if (!gaps.isEmpty()) throw new AssertionError(consumer + " reading " + producers.keySet() + ":\n  " + String.join("\n  ", gaps));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.startsWith("#/")) return doc.at(ref.substring(1));
        return node;
    }
}
