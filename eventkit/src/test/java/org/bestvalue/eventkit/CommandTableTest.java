package org.bestvalue.eventkit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The kit's decider table: a command goes to its handler, an event to its change of state, anything else is refused. */
class CommandTableTest {
    sealed interface Command permits Add, Reset, Unknown {
    }

    record Add(int n) implements Command {
    }

    record Reset() implements Command {
    }

    record Unknown() implements Command {
    }

    sealed interface Event permits Added, Cleared, Forgotten {
    }

    record Added(int n) implements Event {
    }

    record Cleared() implements Event {
    }

    record Forgotten() implements Event {
    }

    static final class Counter extends CommandTable<Command, Event, Integer> {
        Counter() {
            super(0);
            on(Add.class, (c, total) -> List.of(new Added(c.n())));
            on(Reset.class, (c, total) -> List.of(new Cleared()));
            when(Added.class, (total, e) -> total + e.n());
            when(Cleared.class, (total, e) -> 0);
        }
    }

    private final Counter counter = new Counter();

    @Test
    void eachCommandIsDecidedByItsHandlerAndEachEventChangesTheStateByItsOwnRule() {
        assertEquals(List.of(new Added(2)), counter.decide(new Add(2), 0));
        assertEquals(5, counter.fold(List.of(new Added(2), new Added(3))));
        assertEquals(4, counter.fold(List.of(new Added(2), new Cleared(), new Added(4))));
    }

    @Test
    void aCommandOrAnEventWithoutItsRuleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> counter.decide(new Unknown(), 0));
        assertThrows(IllegalArgumentException.class, () -> counter.evolve(0, new Forgotten()));
    }
}
