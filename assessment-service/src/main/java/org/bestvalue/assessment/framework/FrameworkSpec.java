package org.bestvalue.assessment.framework;

import java.util.List;

/** The content of a framework version as a file or request states it, before it is checked. */
public record FrameworkSpec(String name, String label, List<Theme> themes, List<Characteristic> characteristics,
                            List<MappingEntry> mapping) {
    public FrameworkSpec {
        themes = themes == null ? List.of() : List.copyOf(themes);
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
        mapping = mapping == null ? List.of() : List.copyOf(mapping);
    }
}
