package org.bestvalue.eventkit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's decider table: a command goes to the method that takes its type, an event to its change of state; a gap in the table is refused. */
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

    /** Decides Add and Reset; Unknown is left without a handler by the subclasses below. */
    abstract static class PartialCounter extends CommandTable<Command, Event, Integer> {
        PartialCounter() {
            super(Command.class, 0);
            when(Added.class, (total, e) -> total + e.n());
            when(Cleared.class, (total, e) -> 0);
        }

        private static List<Event> add(Add c, Integer total) {
            if (c.n() < 0) throw new RuleViolation("negative", "n", "Only positive numbers are added");
            return List.of(new Added(c.n()));
        }

        private List<Event> reset(Reset c, Integer total) {
            return total == 0 ? List.of() : List.of(new Cleared());
        }

        /** Not a handler: its second parameter is not the state. */
        List<Event> explain(Add c, String why) {
            throw new AssertionError("not to be called");
        }
    }

    static final class Counter extends PartialCounter {
        private List<Event> ignore(Unknown c, Integer total) {
            return List.of();
        }
    }

    /** A counter whose stream starts with an Add: a Reset or an Unknown before it finds nothing to act on. */
    static final class StartedByAdding extends PartialCounter {
        StartedByAdding() {
            startedBy(() -> new NotFound("no counter yet"), Add.class);
        }

        private List<Event> ignore(Unknown c, Integer total) {
            return List.of();
        }
    }

    static final class Forgetful extends PartialCounter {
    }

    static final class Twice extends PartialCounter {
        private List<Event> ignore(Unknown c, Integer total) {
            return List.of();
        }

        private List<Event> ignoreAgain(Unknown c, Integer total) {
            return List.of();
        }
    }

    private final Counter counter = new Counter();

    @Test
    void eachCommandIsDecidedByTheMethodThatTakesItsTypeAndEachEventChangesTheStateByItsOwnRule() {
        assertEquals(List.of(new Added(2)), counter.decide(new Add(2), 0));
        assertEquals(List.of(new Cleared()), counter.decide(new Reset(), 5));
        assertEquals(List.of(), counter.decide(new Reset(), 0));
        assertEquals(5, counter.fold(List.of(new Added(2), new Added(3))));
        assertEquals(4, counter.fold(List.of(new Added(2), new Cleared(), new Added(4))));
    }

    @Test
    void aHandlersRuleViolationReachesTheCallerAsItself() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> counter.decide(new Add(-1), 0));
        assertEquals("n", refused.field());
    }

    @Test
    void aDeciderThatLeavesACommandWithoutItsHandlerOrNamesOneTwiceIsRefusedWhenMade() {
        var missing = assertThrows(IllegalStateException.class, Forgetful::new);
        assertTrue(missing.getMessage().contains("no handler of Unknown"), missing.getMessage());
        var twice = assertThrows(IllegalStateException.class, Twice::new);
        assertTrue(twice.getMessage().contains("two handlers of Unknown"), twice.getMessage());
    }

    @Test
    void beforeItsStartingCommandAnAggregateRefusesEveryOtherCommandAsNotFound() {
        var decider = new StartedByAdding();
        assertThrows(NotFound.class, () -> decider.decide(new Reset(), 0));
        assertThrows(NotFound.class, () -> decider.decide(new Unknown(), 0));
        assertEquals(List.of(new Added(3)), decider.decide(new Add(3), 0));
        assertEquals(List.of(new Cleared()), decider.decide(new Reset(), 3));
    }

    @Test
    void anEventWithoutItsRuleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> counter.evolve(0, new Forgotten()));
    }
}
