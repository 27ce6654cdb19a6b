package org.bestvalue.assessment.framework;

import java.util.List;
import java.util.UUID;

/** What happens to a framework version (stream type {@code framework}); the contract is in docs/events.md. */
public sealed interface FrameworkEvent {
    UUID frameworkVersionId();

    record FrameworkVersionImported(UUID frameworkVersionId, String name, String label, UUID predecessorId,
                                    List<Theme> themes, List<Characteristic> characteristics,
                                    List<MappingEntry> mapping) implements FrameworkEvent {
    }

    record FrameworkVersionPublished(UUID frameworkVersionId) implements FrameworkEvent {
    }
}
