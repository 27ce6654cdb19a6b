package org.bestvalue.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Tests run on 1 November 2024, when the CI010 action (due 30 September) is overdue. */
@ApplicationScoped
public class FixedClock {
    public static final Instant NOW = Instant.parse("2024-11-01T12:00:00Z");

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
