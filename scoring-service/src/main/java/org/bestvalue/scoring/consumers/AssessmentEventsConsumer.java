package org.bestvalue.scoring.consumers;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.deadletter.ReplayableConsumer;
import org.bestvalue.eventkit.inbox.EventInbox;
import org.bestvalue.scoring.projection.AssessmentView;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the local view of the assessment from bv.assessment.events, each event once. A record that
 * cannot be read or applied fails, and the channel moves it to bv.scoring.dlq with its reason. The kit's
 * inbox does the exactly-once checkpoint and the retries; this class only names the consumer and its mapping.
 */
@ApplicationScoped
public class AssessmentEventsConsumer implements ReplayableConsumer {
    public static final String CONSUMER = "scoring-service.assessment-view";

    @Inject
    EventInbox inbox;
    @Inject
    AssessmentView view;

    @Override
    public java.util.Set<String> topics() {
        return java.util.Set.of("bv.assessment.events");
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    /** A dead letter replayed after a fix goes through the same inbox and mapping (POST /admin/dead-letters/replay). */
    @Override
    public EventInbox.Handler handler() {
        return view::apply;
    }

    @Incoming("assessment-events")
    public Uni<Void> on(String value) {
        return inbox.process(CONSUMER, value, view::apply).replaceWithVoid();
    }
}
