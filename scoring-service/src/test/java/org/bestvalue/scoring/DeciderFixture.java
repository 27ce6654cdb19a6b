package org.bestvalue.scoring;

import org.bestvalue.eventkit.Decider;
import org.bestvalue.eventkit.RuleViolation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** given(past events) / when(command) / then(new events or the rule broken), over a pure decider. */
public final class DeciderFixture<C, E, S> {
    private final Decider<C, E, S> decider;
    private List<E> history = List.of();

    public DeciderFixture(Decider<C, E, S> decider) {
        this.decider = decider;
    }

    @SafeVarargs
    public final DeciderFixture<C, E, S> given(E... events) {
        this.history = List.of(events);
        return this;
    }

    public When when(C command) {
        return new When(command);
    }

    public S state() {
        return decider.fold(history);
    }

    public final class When {
        private final C command;

        When(C command) {
            this.command = command;
        }

        public List<E> events() {
            return decider.decide(command, decider.fold(history));
        }

        @SafeVarargs
        public final void then(E... expected) {
            assertEquals(List.of(expected), events());
        }

        public RuleViolation thenRefused(int status, String code) {
            RuleViolation v = assertThrows(RuleViolation.class, this::events);
            assertEquals(code, v.code(), v.getMessage());
            assertEquals(status, v.status(), v.getMessage());
            return v;
        }
    }
}
