package org.bestvalue.action.catalogue;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local catalogue from {@code bv.assessment.events}; a record it cannot apply goes to {@code bv.action.dlq}. */
@ApplicationScoped
public class AssessmentEventsConsumer {
    static final String CONSUMER = "action-service.catalogue";

    @Inject
    EventInbox inbox;
    @Inject
    Catalogue catalogue;

    @Incoming("assessment-events")
    public Uni<Void> on(String value) {
        return inbox.process(CONSUMER, value, catalogue::apply).replaceWithVoid();
    }
}
