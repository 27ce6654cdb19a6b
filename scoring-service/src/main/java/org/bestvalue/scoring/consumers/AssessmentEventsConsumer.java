package org.bestvalue.scoring.consumers;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.inbox.InboxConsumer;
import org.bestvalue.scoring.projection.AssessmentView;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the local view of the assessment from bv.assessment.events, each event once. A record that
 * cannot be read or applied fails, and the channel moves it to bv.scoring.dlq with its reason. The kit's
 * inbox does the exactly-once checkpoint and the retries; this class only names the consumer and its mapping.
 */
@ApplicationScoped
public class AssessmentEventsConsumer extends InboxConsumer {
    public static final String CONSUMER = "scoring-service.assessment-view";

    @Inject
    AssessmentView view;

    public AssessmentEventsConsumer() {
        super(CONSUMER, AssessmentView.IGNORED, "bv.assessment.events");
    }

    @Incoming("assessment-events")
    public Uni<Void> on(String value) {
        return consume(value);
    }

    @Override
    protected Uni<Void> apply(io.vertx.mutiny.sqlclient.SqlConnection tx, org.bestvalue.eventkit.EventEnvelope event) {
        return view.apply(tx, event);
    }
}
