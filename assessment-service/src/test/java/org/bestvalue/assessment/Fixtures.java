package org.bestvalue.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.assessment.evidence.EvidenceDetails;
import org.bestvalue.assessment.evidence.EvidenceKind;
import org.bestvalue.assessment.service.CycleService;
import org.bestvalue.assessment.service.EvidenceService;
import org.bestvalue.assessment.service.FrameworkService;
import org.bestvalue.assessment.service.NarrativeService;
import org.bestvalue.eventkit.CommandContext;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the data a REST test starts from, straight through the services (as the named user of the council). */
@ApplicationScoped
public class Fixtures {
    public static final String COUNCIL = "demo-borough";
    public static final String OTHER_COUNCIL = "other-district";
    private static final AtomicInteger YEARS = new AtomicInteger(2030);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FrameworkService frameworks;
    @Inject
    CycleService cycles;
    @Inject
    NarrativeService narratives;
    @Inject
    EvidenceService evidence;

    public static int nextYear() {
        return YEARS.incrementAndGet();
    }

    public static CommandContext as(String council, String user) {
        return CommandContext.of(council, user, Instant.now());
    }

    public FrameworkService.DemoImport demo(String council) {
        return frameworks.importDemo(as(council, "admin-1")).await().atMost(WAIT);
    }

    public UUID openCycle(String council, int year, UUID frameworkVersionId) {
        UUID id = UUID.randomUUID();
        cycles.open(as(council, "planner-1"), id, year, "Self-assessment " + year, frameworkVersionId).await().atMost(WAIT);
        return id;
    }

    /** A cycle of the council on the statutory demo version. */
    public UUID statutoryCycle(String council) {
        return openCycle(council, nextYear(), demo(council).statutory().id());
    }

    public UUID draftNarrative(String council, UUID cycleId, String code, String text) {
        return narratives.draft(as(council, "author-1"), cycleId, code, text).await().atMost(WAIT).state().id();
    }

    public UUID evidenceItem(String council, String title) {
        UUID id = UUID.randomUUID();
        evidence.add(as(council, "author-1"), id, new EvidenceDetails(title, EvidenceKind.DOCUMENT, "REF-" + title, null, "policy-team",
                null, null, null)).await().atMost(WAIT);
        return id;
    }

    public void attach(String council, UUID cycleId, String code, UUID evidenceId) {
        narratives.get(council, cycleId, code).chain(l -> narratives.decide(as(council, "author-1"), cycleId, code, l.version(),
                        cycle -> io.smallrye.mutiny.Uni.createFrom().item(
                                new org.bestvalue.assessment.narrative.NarrativeCommand.AttachEvidence(evidenceId, true, true))))
                .await().atMost(WAIT);
    }
}
