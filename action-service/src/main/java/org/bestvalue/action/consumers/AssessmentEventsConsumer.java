package org.bestvalue.action.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.bestvalue.eventkit.EventData;
import org.bestvalue.eventkit.EventEnvelope;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps this service's own view of the assessment catalogue (framework versions, their themes and
 * characteristics, and which version each cycle assesses against) from {@code bv.assessment.events}; never
 * read from the assessment-service's tables. The rows are written in the inbox transaction; a record that
 * cannot be applied goes to {@code bv.action.dlq}.
 */
@ApplicationScoped
public class AssessmentEventsConsumer extends org.bestvalue.eventkit.inbox.InboxConsumer {
    static final String CONSUMER = "action-service.catalogue";
    /** The assessment event types the catalogue applies (the cases of {@link #apply}). */
    public static final java.util.Set<String> APPLIED = java.util.Set.of("FrameworkVersionImported", "CycleOpened");
    /** The ones the action plan does not need, named so that a new type is a decision (ConsumedEventsContractTest). */
    public static final java.util.Set<String> IGNORED = java.util.Set.of("FrameworkVersionPublished", "CycleSnapshotTaken",
            "CyclePublished", "CycleClosed", "NarrativeDrafted", "NarrativeRevised", "ContributorRecorded", "ContributorRemoved",
            "NarrativeStatusChanged", "EvidenceAttached", "EvidenceDetached", "EvidenceItemAdded", "EvidenceItemRevised",
            "CommentThreadStarted", "CommentReplied", "CommentThreadResolved", "CommentThreadReopened");

    public AssessmentEventsConsumer() {
        super(CONSUMER, IGNORED, "bv.assessment.events");
    }

    @Incoming("assessment-events")
    public Uni<Void> on(String value) {
        return consume(value);
    }

    /** Applies an assessment event to the catalogue inside the inbox transaction; other types change nothing. */
    @Override
    protected Uni<Void> apply(SqlConnection tx, EventEnvelope e) {
        JsonNode d = e.data();
        return switch (e.type()) {
            case "FrameworkVersionImported" -> importFramework(tx, e.councilId(), d);
            case "CycleOpened" -> tx.preparedQuery("""
                            INSERT INTO catalogue_cycle (council_id, cycle_id, framework_version_id, year, title)
                            VALUES ($1, $2, $3, $4, $5)
                            ON CONFLICT (council_id, cycle_id) DO UPDATE SET framework_version_id = EXCLUDED.framework_version_id,
                                year = EXCLUDED.year, title = EXCLUDED.title
                            """)
                    .execute(Tuple.of(e.councilId(), EventData.requiredText(d, "cycleId"), EventData.requiredText(d, "frameworkVersionId"),
                            EventData.integer(d, "year"), EventData.text(d, "title")))
                    .replaceWithVoid();
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> importFramework(SqlConnection tx, String councilId, JsonNode d) {
        String version = EventData.requiredText(d, "frameworkVersionId");
        List<Tuple> themes = new ArrayList<>();
        for (JsonNode t : d.path("themes")) {
            themes.add(Tuple.of(version, EventData.requiredText(t, "code"), t.path("title").asText(""), t.path("order").asInt(0)));
        }
        List<Tuple> characteristics = new ArrayList<>();
        for (JsonNode c : d.path("characteristics")) {
            characteristics.add(Tuple.tuple().addString(version).addString(EventData.requiredText(c, "code"))
                    .addString(EventData.requiredText(c, "themeCode")).addString(c.path("title").asText(""))
                    .addInteger(c.path("order").asInt(0)).addString(c.path("crossReferenceTo").asText(null)));
        }
        Uni<Void> header = tx.preparedQuery("""
                        INSERT INTO catalogue_framework_version (framework_version_id, council_id, name, label)
                        VALUES ($1, $2, $3, $4)
                        ON CONFLICT (framework_version_id) DO UPDATE SET name = EXCLUDED.name, label = EXCLUDED.label
                        """)
                .execute(Tuple.of(version, councilId, d.path("name").asText(null), d.path("label").asText(null)))
                .replaceWithVoid();
        Uni<Void> withThemes = themes.isEmpty() ? header : header.chain(() -> tx.preparedQuery("""
                        INSERT INTO catalogue_theme (framework_version_id, code, title, sort_order) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (framework_version_id, code) DO UPDATE SET title = EXCLUDED.title, sort_order = EXCLUDED.sort_order
                        """).executeBatch(themes).replaceWithVoid());
        return characteristics.isEmpty() ? withThemes : withThemes.chain(() -> tx.preparedQuery("""
                        INSERT INTO catalogue_characteristic (framework_version_id, code, theme_code, title, sort_order, cross_reference_to)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (framework_version_id, code) DO UPDATE SET theme_code = EXCLUDED.theme_code,
                            title = EXCLUDED.title, sort_order = EXCLUDED.sort_order, cross_reference_to = EXCLUDED.cross_reference_to
                        """).executeBatch(characteristics).replaceWithVoid());
    }

}
