package org.bestvalue.assessment.framework;

import java.util.Set;
import java.util.UUID;

/** What a user asks of a framework version. */
public sealed interface FrameworkCommand {

    /**
     * @param predecessorCodes the scored characteristic codes of the predecessor version (null when there is none)
     */
    record ImportVersion(UUID frameworkVersionId, FrameworkSpec spec, UUID predecessorId, Set<String> predecessorCodes)
            implements FrameworkCommand {
    }

    record PublishVersion(UUID frameworkVersionId) implements FrameworkCommand {
    }
}
