package org.bestvalue.assessment;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.application.CycleService;
import org.bestvalue.assessment.application.EvidenceService;
import org.bestvalue.assessment.application.FrameworkService;
import org.bestvalue.assessment.application.NarrativeService;
import org.bestvalue.assessment.cycle.CycleCommand;
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceKind;
import org.bestvalue.assessment.narrative.NarrativeCommand;
import org.bestvalue.assessment.narrative.NarrativeStatus;
import org.bestvalue.assessment.projection.AssessmentRebuild;
import org.bestvalue.eventkit.CommandContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the data a REST test starts from, straight through the application services (as the named user of the
 * council), on a Vert.x context as a request would run them (their query-table reads need one for Hibernate Reactive).
 */
@ApplicationScoped
public class Fixtures {
    public static final String COUNCIL = "demo-borough";
    public static final String OTHER_COUNCIL = "other-district";
    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    @Inject
    FrameworkService frameworks;
    @Inject
    CycleService cycles;
    @Inject
    NarrativeService narratives;
    @Inject
    EvidenceService evidence;
    @Inject
    Pool pool;
    @Inject
    AssessmentRebuild rebuild;

    public static int nextYear() {
        return YEARS.incrementAndGet();
    }

    public static CommandContext as(String council, String user) {
        return CommandContext.of(council, user, Instant.now());
    }

    /** Runs a step on a Vert.x context and waits for it. */
    /**
     * Rebuilds the query tables from the events table and asserts that the queries answer the same rows as the
     * live tables did before; answers those rows.
     */
    public List<String> rebuildGivesTheSameRows(List<String> queries) {
        List<String> live = rows(queries);
        assertTrue(rebuild.rebuildEveryCouncil().await().atMost(Duration.ofSeconds(60)) > 0, "the rebuild replayed events");
        assertEquals(live, rows(queries));
        return live;
    }

    /** Every row the queries answer, as JSON in their order. */
    private List<String> rows(List<String> queries) {
        List<String> rows = new ArrayList<>();
        for (String sql : queries) {
            for (Row r : pool.query(sql).execute().await().atMost(Duration.ofSeconds(60))) rows.add(r.toJson().encode());
        }
        return rows;
    }

    public static <T> T await(Supplier<Uni<T>> step) {
        try {
            return VertxContextSupport.subscribeAndAwait(step);
        } catch (Throwable t) {
            if (t instanceof RuntimeException r) throw r;
            throw new IllegalStateException(t);
        }
    }

    public FrameworkService.DemoImport demo(String council) {
        return await(() -> frameworks.importDemo(as(council, "admin-1")));
    }

    public UUID openCycle(String council, int year, UUID frameworkVersionId) {
        UUID id = UUID.randomUUID();
        await(() -> cycles.open(as(council, "planner-1"), id, year, "Self-assessment " + year, frameworkVersionId));
        return id;
    }

    /** A cycle of the council on the statutory demo version. */
    public UUID statutoryCycle(String council) {
        return openCycle(council, nextYear(), demo(council).statutory().id);
    }

    public void closeCycle(String council, UUID cycleId, long version) {
        await(() -> cycles.decide(as(council, "planner-1"), cycleId, version, new CycleCommand.CloseCycle()));
    }

    public UUID draftNarrative(String council, UUID cycleId, String code, String text) {
        return await(() -> narratives.draft(as(council, "author-1"), cycleId, code, text)).state().id();
    }

    /** A statutory cycle of the council with the narrative {@code code} drafted in it. */
    public UUID cycleWithNarrative(String council, String code, String text) {
        UUID cycle = statutoryCycle(council);
        draftNarrative(council, cycle, code, text);
        return cycle;
    }

    public UUID evidenceItem(String council, String title) {
        UUID id = UUID.randomUUID();
        await(() -> evidence.add(as(council, "author-1"), id, new EvidenceDetails(title, EvidenceKind.DOCUMENT, "REF-" + title, null,
                "policy-team", null, null, null)));
        return id;
    }

    public void markReady(String council, UUID cycleId, String code) {
        await(() -> narratives.get(council, cycleId, code).chain(l -> narratives.decide(as(council, "author-1"), cycleId, code, l.version(),
                cycle -> Uni.createFrom().item(new NarrativeCommand.ChangeStatus(NarrativeStatus.READY_FOR_REVIEW, true)))));
    }

    public void attach(String council, UUID cycleId, String code, UUID evidenceId) {
        await(() -> narratives.get(council, cycleId, code).chain(l -> narratives.decide(as(council, "author-1"), cycleId, code, l.version(),
                cycle -> Uni.createFrom().item(new NarrativeCommand.AttachEvidence(evidenceId, true, true)))));
    }
}
