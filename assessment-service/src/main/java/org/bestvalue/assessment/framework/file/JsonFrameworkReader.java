package org.bestvalue.assessment.framework.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bestvalue.assessment.framework.Change;
import org.bestvalue.assessment.framework.Characteristic;
import org.bestvalue.assessment.framework.FrameworkSpec;
import org.bestvalue.assessment.framework.MappingEntry;
import org.bestvalue.assessment.framework.Theme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the JSON import format (FRAMEWORK-FORMAT.md) with a streaming parser, so every element and field
 * keeps the line and column it was written at.
 */
public final class JsonFrameworkReader {
    private static final Set<String> TOP = Set.of("name", "label", "predecessorId", "predecessorLabel", "themes", "characteristics", "mapping");
    private static final Set<String> THEME = Set.of("code", "title", "order", "description");
    private static final Set<String> CHARACTERISTIC = Set.of("code", "themeCode", "title", "description", "order", "crossReferenceTo");
    private static final Set<String> MAPPING = Set.of("code", "predecessorCode", "change");

    private final ObjectMapper mapper;

    public JsonFrameworkReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private record Element(JsonNode node, Location at, Map<String, Location> fields) {
    }

    private record Location(int line, int column) {
        FrameworkFile.Location toFile() {
            return new FrameworkFile.Location(line, column);
        }
    }

    /** @throws FrameworkFileRejected when the text is not JSON of the expected shape */
    public FrameworkFile read(String text) {
        List<FileProblem> problems = new ArrayList<>();
        Map<String, Element> scalars = new LinkedHashMap<>();
        Map<String, List<Element>> lists = new HashMap<>();
        Map<String, FrameworkFile.Location> locations = new HashMap<>();
        try (JsonParser p = new JsonFactory(mapper).createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw fail(p, "$", "the file must be one JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                Location nameAt = at(p.currentTokenLocation());
                JsonToken t = p.nextToken();
                if (!TOP.contains(name)) {
                    problems.add(new FileProblem(nameAt.line, nameAt.column, name, "unknown field"));
                    p.skipChildren();
                    continue;
                }
                if (name.equals("themes") || name.equals("characteristics") || name.equals("mapping")) {
                    if (t == JsonToken.VALUE_NULL) continue;
                    if (t != JsonToken.START_ARRAY) {
                        problems.add(new FileProblem(nameAt.line, nameAt.column, name, "must be an array"));
                        p.skipChildren();
                        continue;
                    }
                    lists.put(name, readElements(p, name, problems));
                } else {
                    Location valueAt = at(p.currentTokenLocation());
                    JsonNode value = p.readValueAsTree();
                    scalars.put(name, new Element(value, valueAt, Map.of()));
                    locations.put(name, valueAt.toFile());
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.add(new FileProblem(l == null ? null : l.getLineNr(), l == null ? null : l.getColumnNr(), "$",
                    "not valid JSON: " + e.getOriginalMessage()));
            throw new FrameworkFileRejected(problems);
        } catch (IOException e) {
            throw new FrameworkFileRejected(List.of(new FileProblem(null, null, "$", "the file cannot be read: " + e.getMessage())));
        }

        String name = text(scalars, "name", problems);
        String label = text(scalars, "label", problems);
        String predecessorLabel = text(scalars, "predecessorLabel", problems);
        UUID predecessorId = null;
        String pid = text(scalars, "predecessorId", problems);
        if (pid != null) {
            try {
                predecessorId = UUID.fromString(pid);
            } catch (IllegalArgumentException e) {
                Element el = scalars.get("predecessorId");
                problems.add(new FileProblem(el.at.line, el.at.column, "predecessorId", "must be a UUID"));
            }
        }

        List<Theme> themes = new ArrayList<>();
        List<Element> themeEls = lists.getOrDefault("themes", List.of());
        for (int i = 0; i < themeEls.size(); i++) {
            Element el = locate("themes", i, themeEls.get(i), locations);
            themes.add(new Theme(str(el, "themes", i, "code", problems), str(el, "themes", i, "title", problems),
                    integer(el, "themes", i, "order", i + 1, problems), emptyToNull(str(el, "themes", i, "description", problems))));
        }
        List<Characteristic> characteristics = new ArrayList<>();
        List<Element> charEls = lists.getOrDefault("characteristics", List.of());
        for (int i = 0; i < charEls.size(); i++) {
            Element el = locate("characteristics", i, charEls.get(i), locations);
            characteristics.add(new Characteristic(str(el, "characteristics", i, "code", problems),
                    str(el, "characteristics", i, "themeCode", problems), str(el, "characteristics", i, "title", problems),
                    str(el, "characteristics", i, "description", problems),
                    integer(el, "characteristics", i, "order", i + 1, problems),
                    emptyToNull(str(el, "characteristics", i, "crossReferenceTo", problems))));
        }
        List<MappingEntry> mapping = new ArrayList<>();
        List<Element> mapEls = lists.getOrDefault("mapping", List.of());
        for (int i = 0; i < mapEls.size(); i++) {
            Element el = locate("mapping", i, mapEls.get(i), locations);
            String change = str(el, "mapping", i, "change", problems);
            Change kind = null;
            if (change == null) {
                problems.add(problem(el, "mapping", i, "change", "change is required"));
            } else {
                try {
                    kind = Change.valueOf(change.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(problem(el, "mapping", i, "change", "change must be one of UNCHANGED, REWORDED, REMOVED, ADDED, SPLIT, MERGED"));
                }
            }
            mapping.add(new MappingEntry(emptyToNull(str(el, "mapping", i, "code", problems)),
                    emptyToNull(str(el, "mapping", i, "predecessorCode", problems)), kind));
        }
        if (!problems.isEmpty()) throw new FrameworkFileRejected(problems);
        return new FrameworkFile(new FrameworkSpec(name, label, themes, characteristics, mapping), predecessorId,
                predecessorLabel, locations);
    }

    private List<Element> readElements(JsonParser p, String list, List<FileProblem> problems) throws IOException {
        List<Element> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Location start = at(p.currentTokenLocation());
            if (t != JsonToken.START_OBJECT) {
                problems.add(new FileProblem(start.line, start.column, list + "[" + out.size() + "]", "must be an object"));
                p.skipChildren();
                out.add(new Element(mapper.createObjectNode(), start, Map.of()));
                continue;
            }
            Set<String> allowed = list.equals("themes") ? THEME : list.equals("characteristics") ? CHARACTERISTIC : MAPPING;
            com.fasterxml.jackson.databind.node.ObjectNode node = mapper.createObjectNode();
            Map<String, Location> fields = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                Location fAt = at(p.currentTokenLocation());
                p.nextToken();
                Location vAt = at(p.currentTokenLocation());
                JsonNode v = p.readValueAsTree();
                if (!allowed.contains(f)) {
                    problems.add(new FileProblem(fAt.line, fAt.column, list + "[" + out.size() + "]." + f, "unknown field"));
                    continue;
                }
                node.set(f, v);
                fields.put(f, vAt);
            }
            out.add(new Element(node, start, fields));
        }
        return out;
    }

    private static Element locate(String list, int i, Element el, Map<String, FrameworkFile.Location> locations) {
        locations.put(list + "[" + i + "]", el.at.toFile());
        el.fields.forEach((f, l) -> locations.put(list + "[" + i + "]." + f, l.toFile()));
        return el;
    }

    private static String str(Element el, String list, int i, String field, List<FileProblem> problems) {
        JsonNode v = el.node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            problems.add(problem(el, list, i, field, "must be a string"));
            return null;
        }
        return v.asText();
    }

    private static int integer(Element el, String list, int i, String field, int fallback, List<FileProblem> problems) {
        JsonNode v = el.node.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            problems.add(problem(el, list, i, field, "must be a whole number"));
            return fallback;
        }
        return v.asInt();
    }

    private static FileProblem problem(Element el, String list, int i, String field, String message) {
        Location l = el.fields.getOrDefault(field, el.at);
        return new FileProblem(l.line, l.column, list + "[" + i + "]." + field, message);
    }

    private static String text(Map<String, Element> scalars, String field, List<FileProblem> problems) {
        Element el = scalars.get(field);
        if (el == null || el.node.isNull()) return null;
        if (!el.node.isTextual()) {
            problems.add(new FileProblem(el.at.line, el.at.column, field, "must be a string"));
            return null;
        }
        return el.node.asText();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Location at(JsonLocation l) {
        return new Location(l.getLineNr(), l.getColumnNr());
    }

    private static FrameworkFileRejected fail(JsonParser p, String field, String message) {
        Location l = at(p.currentTokenLocation());
        return new FrameworkFileRejected(List.of(new FileProblem(l.line, l.column, field, message)));
    }
}
