package org.bestvalue.assessment;

import org.bestvalue.eventkit.Decider;
import org.bestvalue.eventkit.RuleViolation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** given(past events) / when(command) / then(new events or a broken rule), over any decider. */
public final class DeciderFixture<C, E, S> {
    private final Decider<C, E, S> decider;
    private List<E> past = List.of();
    private C command;

    private DeciderFixture(Decider<C, E, S> decider) {
        this.decider = decider;
    }

    public static <C, E, S> DeciderFixture<C, E, S> of(Decider<C, E, S> decider) {
        return new DeciderFixture<>(decider);
    }

    @SafeVarargs
    public final DeciderFixture<C, E, S> given(E... events) {
        past = List.of(events);
        return this;
    }

    public DeciderFixture<C, E, S> when(C command) {
        this.command = command;
        return this;
    }

    @SafeVarargs
    public final void then(E... expected) {
        List<E> given = reset();
        assertEquals(List.of(expected), decider.decide(command, decider.fold(given)));
    }

    // Each given/when/then starts from no history unless it says otherwise.
    private List<E> reset() {
        List<E> given = past;
        past = List.of();
        return given;
    }

    /** The command breaks a rule: the status and the field the client must fix. */
    public RuleViolation thenRejected(int status, String field) {
        List<E> given = reset();
        RuleViolation v = assertThrows(RuleViolation.class, () -> decider.decide(command, decider.fold(given)));
        assertEquals(status, v.status(), v.getMessage());
        assertEquals(field, v.field(), v.getMessage());
        return v;
    }
}
