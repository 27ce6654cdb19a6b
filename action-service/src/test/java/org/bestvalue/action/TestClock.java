package org.bestvalue.action;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set: "today" for overdue actions is whatever the test says. */
public class TestClock extends Clock {
    /** 15 October 2024, mid-morning in London: the autumn after the seed's June 2024 snapshot. */
    public static final Instant START = Instant.parse("2024-10-15T09:00:00Z");
    private static volatile Instant now = START;

    public static void set(Instant instant) {
        now = instant;
    }

    public static void reset() {
        now = START;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Replaces the eventkit's system clock in tests. */
    @jakarta.enterprise.context.Dependent
    public static class Producer {
        @Produces
        @Alternative
        @Priority(1)
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
