package org.bestvalue.assessment.framework;

import org.bestvalue.assessment.framework.FrameworkCommand.ImportVersion;
import org.bestvalue.assessment.framework.FrameworkCommand.PublishVersion;
import org.bestvalue.assessment.framework.FrameworkEvent.FrameworkVersionImported;
import org.bestvalue.assessment.framework.FrameworkEvent.FrameworkVersionPublished;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;

import java.util.Comparator;
import java.util.List;

/** Decides imports and publication of framework versions. */
public class FrameworkDecider extends CommandTable<FrameworkCommand, FrameworkEvent, FrameworkVersion> {

    public FrameworkDecider() {
        super(FrameworkCommand.class, FrameworkVersion.NONE);
        startedBy(() -> new RuleViolation(404, "not-found", "frameworkVersionId", "No such framework version"), ImportVersion.class);
        when(FrameworkVersionImported.class, (state, e) -> new FrameworkVersion(e.frameworkVersionId(), e.name(), e.label(),
                e.predecessorId(), e.themes(), e.characteristics(), e.mapping(), FrameworkVersion.Status.DRAFT));
        when(FrameworkVersionPublished.class, (state, e) -> state.withStatus(FrameworkVersion.Status.PUBLISHED));
    }

    private List<FrameworkEvent> importVersion(ImportVersion c, FrameworkVersion state) {
        if (state.exists()) throw new RuleViolation(409, "framework-version-exists", "frameworkVersionId",
                "Framework version " + c.frameworkVersionId() + " was already imported");
        if ((c.predecessorId() == null) != (c.predecessorCodes() == null))
            throw new IllegalArgumentException("predecessorId and predecessorCodes go together");
        List<FrameworkRules.Issue> issues = FrameworkRules.check(c.spec(), c.predecessorCodes());
        if (!issues.isEmpty()) {
            FrameworkRules.Issue first = issues.get(0);
            throw new RuleViolation("invalid-framework-version", first.path(), first.message());
        }
        FrameworkSpec s = c.spec();
        List<Theme> themes = s.themes().stream().sorted(Comparator.comparingInt(Theme::order)).toList();
        List<Characteristic> characteristics = s.characteristics().stream()
                .sorted(Comparator.comparingInt((Characteristic ch) -> themeOrder(themes, ch.themeCode())).thenComparingInt(Characteristic::order))
                .toList();
        return List.of(new FrameworkVersionImported(c.frameworkVersionId(), s.name(), s.label(), c.predecessorId(),
                themes, characteristics, s.mapping()));
    }

    private static int themeOrder(List<Theme> themes, String code) {
        return themes.stream().filter(t -> t.code().equals(code)).mapToInt(Theme::order).findFirst().orElse(Integer.MAX_VALUE);
    }

    private List<FrameworkEvent> publish(PublishVersion c, FrameworkVersion state) {
        if (state.status() == FrameworkVersion.Status.PUBLISHED)
            throw new RuleViolation(409, "already-published", "status", "Framework version " + state.label() + " is already published");
        return List.of(new FrameworkVersionPublished(state.id()));
    }
}
