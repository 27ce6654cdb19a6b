package org.bestvalue.assessment.framework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A framework version as its events made it. */
public record FrameworkVersion(UUID id, String name, String label, UUID predecessorId, List<Theme> themes,
                               List<Characteristic> characteristics, List<MappingEntry> mapping, Status status) {

    public enum Status { DRAFT, PUBLISHED }

    public static final FrameworkVersion NONE = new FrameworkVersion(null, null, null, null, List.of(), List.of(), List.of(), null);

    public boolean exists() {
        return id != null;
    }

    public Optional<Characteristic> characteristic(String code) {
        return characteristics.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Characteristic> scored() {
        return characteristics.stream().filter(c -> !c.hasCrossReference()).toList();
    }

    public FrameworkVersion withStatus(Status s) {
        return new FrameworkVersion(id, name, label, predecessorId, themes, characteristics, mapping, s);
    }
}
