package org.bestvalue.scoring.independence;

import org.bestvalue.eventkit.RuleViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Someone would be marking their own homework ({@link Independence} has the rules). Answered as 409 problem+json
 * naming the person, the characteristics, the rule and the conflicting narratives.
 */
public class NotIndependent extends RuleViolation {
    private final String userId;
    private final String rule;
    private final List<String> characteristicCodes;
    private final List<NarrativeWork> conflicts;

    NotIndependent(String code, String field, String userId, String rule, List<String> characteristicCodes,
                   List<NarrativeWork> conflicts, String why) {
        super(409, code, field, why + " " + String.join(", ", characteristicCodes) + ". " + rule
                + (conflicts.isEmpty() ? "" : " Conflicting narratives: " + conflicts.stream()
                .map(w -> w.characteristicCode() + " (narrative " + w.narrativeId() + ", " + w.role() + ")")
                .distinct().collect(Collectors.joining(", "))));
        this.userId = userId;
        this.rule = rule;
        this.characteristicCodes = List.copyOf(characteristicCodes);
        this.conflicts = List.copyOf(conflicts);
    }

    /** Who would not be independent: the reviewer, moderator or leader. */
    public String userId() {
        return userId;
    }

    /** The rule, in words. */
    public String rule() {
        return rule;
    }

    public List<String> characteristicCodes() {
        return characteristicCodes;
    }

    public List<NarrativeWork> conflicts() {
        return conflicts;
    }
}
