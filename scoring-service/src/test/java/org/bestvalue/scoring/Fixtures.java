package org.bestvalue.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CloudEvents;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.EventEnvelope;
import org.bestvalue.eventkit.inbox.EventInbox;
import org.bestvalue.eventkit.store.EventStore;
import org.bestvalue.scoring.application.ScoringService;
import org.bestvalue.scoring.consumers.AssessmentEventsConsumer;
import org.bestvalue.scoring.projection.AssessmentView;
import org.bestvalue.scoring.round.RoundKind;
import org.bestvalue.scoring.score.Colour;
import org.bestvalue.scoring.score.LeadershipDecision;
import org.bestvalue.scoring.score.ModerationOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Arranges what a test needs: assessment events as the assessment service publishes them (applied
 * through the inbox, as the consumer would), and scoring steps done by other users than the one whose
 * request the test checks.
 */
@ApplicationScoped
public class Fixtures {
    public static final String COUNCIL = "demo-borough";
    public static final String OTHER_COUNCIL = "other-district";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventInbox inbox;
    @Inject
    AssessmentView view;
    @Inject
    ScoringService scoring;
    @Inject
    ObjectMapper mapper;

    /** A framework version with themes CI, L, G (G002 = "see CI001") and a cycle of a council using it. */
    public record Assessment(String council, String frameworkVersionId, String cycleId) {
    }

    public Assessment assessment(String council) {
        String fv = UUID.randomUUID().toString();
        String cycle = UUID.randomUUID().toString();
        ObjectNode framework = mapper.createObjectNode().put("frameworkVersionId", fv).put("name", "Best Value guidance")
                .put("label", "statutory-2024").putNull("predecessorId");
        ArrayNode themes = framework.putArray("themes");
        String[][] t = {{"CI", "Continuous Improvement"}, {"L", "Leadership"}, {"G", "Governance"}};
        for (int i = 0; i < t.length; i++) themes.addObject().put("code", t[i][0]).put("title", t[i][1]).put("order", i + 1);
        ArrayNode chars = framework.putArray("characteristics");
        String[][] c = {{"CI001", "CI", null}, {"CI002", "CI", null}, {"CI003", "CI", null}, {"L001", "L", null},
                {"L002", "L", null}, {"G001", "G", null}, {"G002", "G", "CI001"}};
        for (int i = 0; i < c.length; i++) {
            chars.addObject().put("code", c[i][0]).put("themeCode", c[i][1]).put("title", "Characteristic " + c[i][0])
                    .put("description", "…").put("order", i + 1).put("crossReferenceTo", c[i][2]);
        }
        framework.putArray("mapping");
        apply(envelope(council, "framework", fv, "FrameworkVersionImported", framework, Instant.now()));
        apply(envelope(council, "cycle", cycle, "CycleOpened", mapper.createObjectNode().put("cycleId", cycle).put("year", 2024)
                .put("title", "2024 self-assessment").put("frameworkVersionId", fv).putNull("carriedForwardFrom"), Instant.now()));
        return new Assessment(council, fv, cycle);
    }

    public String narrative(Assessment a, String code, String authorId) {
        String id = UUID.randomUUID().toString();
        apply(envelope(a.council(), "narrative", id, "NarrativeDrafted", narrativeData(a, code, id).put("revision", 1)
                .put("text", "Our position").put("authorId", authorId), Instant.now()));
        return id;
    }

    public void narrativeRevised(Assessment a, String code, String narrativeId, String authorId, Instant at) {
        apply(envelope(a.council(), "narrative", narrativeId, "NarrativeRevised", narrativeData(a, code, narrativeId)
                .put("revision", 2).put("text", "Our position, with the survey").put("authorId", authorId), at));
    }

    public void contributor(Assessment a, String code, String narrativeId, String userId) {
        apply(contributorEvent(a, code, narrativeId, userId));
    }

    public EventEnvelope contributorEvent(Assessment a, String code, String narrativeId, String userId) {
        return envelope(a.council(), "narrative", narrativeId, "ContributorRecorded", narrativeData(a, code, narrativeId)
                .put("userId", userId).put("role", "workshop participant"), Instant.now());
    }

    public ObjectNode narrativeData(Assessment a, String code, String narrativeId) {
        return mapper.createObjectNode().put("narrativeId", narrativeId).put("cycleId", a.cycleId()).put("characteristicCode", code);
    }

    public EventEnvelope envelope(String council, String streamType, String streamId, String type, ObjectNode data, Instant at) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, council, streamType, streamId, 1, at, "author-system",
                UUID.randomUUID().toString(), null, data);
    }

    public String cloudEvent(EventEnvelope e) {
        return CloudEvents.toJson(e, "/bestvalue/assessment-service", mapper).toString();
    }

    public void apply(EventEnvelope e) {
        inbox.process(AssessmentEventsConsumer.CONSUMER, e, view::apply).await().atMost(WAIT);
    }

    // ---------------------------------------------------------------- scoring steps by other users

    public static CommandContext as(String council, String user) {
        return CommandContext.of(council, user, Instant.now());
    }

    public String openRound(Assessment a) {
        return scoring.openRound(as(a.council(), "planner-1"), a.cycleId(), "2024 initial", RoundKind.INITIAL).await().atMost(WAIT);
    }

    public void assign(Assessment a, String roundId, String theme, String reviewer) {
        scoring.assignReviewer(as(a.council(), "planner-1"), roundId, EventStore.ANY_VERSION, theme, reviewer).await().atMost(WAIT);
    }

    public void score(Assessment a, String roundId, String code, String reviewer, Colour colour) {
        scoring.recordScore(as(a.council(), reviewer), roundId, code, EventStore.ANY_VERSION, colour, "Rationale for " + colour,
                colour == Colour.GREY ? "Politically driven" : null, List.of(UUID.randomUUID().toString())).await().atMost(WAIT);
    }

    public void moderate(Assessment a, String roundId, String code, ModerationOutcome outcome, Colour colour, String reason) {
        scoring.moderate(as(a.council(), "moderator-1"), roundId, code, EventStore.ANY_VERSION, outcome, colour, reason)
                .await().atMost(WAIT);
    }

    public void lead(Assessment a, String roundId, String code, LeadershipDecision decision, Colour colour, String reason) {
        scoring.reviewByLeadership(as(a.council(), "leader-1"), roundId, code, EventStore.ANY_VERSION, decision, colour, reason)
                .await().atMost(WAIT);
    }

    public void close(Assessment a, String roundId) {
        scoring.closeRound(as(a.council(), "planner-1"), roundId, EventStore.ANY_VERSION).await().atMost(WAIT);
    }

    public String openRecheck(Assessment a) {
        return scoring.openRound(as(a.council(), "planner-1"), a.cycleId(), "2024 recheck", RoundKind.RECHECK).await().atMost(WAIT);
    }

    /** Scores a characteristic and takes it to final: moderation confirms, leadership confirms where required. */
    public void finalScore(Assessment a, String roundId, String code, String reviewer, Colour colour) {
        score(a, roundId, code, reviewer, colour);
        moderate(a, roundId, code, ModerationOutcome.CONFIRMED, null, null);
        if (colour.needsLeadershipReview()) lead(a, roundId, code, LeadershipDecision.CONFIRMED, null, null);
    }

    /** A round of the assessment with reviewers for CI (rev-ci) and L (rev-l). */
    public String roundWithReviewers(Assessment a) {
        String round = openRound(a);
        assign(a, round, "CI", "rev-ci");
        assign(a, round, "L", "rev-l");
        return round;
    }
}
