package org.bestvalue.action.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a council, read from the injected clock in the council's time zone (England: Europe/London). */
@ApplicationScoped
public class CouncilCalendar {
    @Inject
    Clock clock;
    @ConfigProperty(name = "action.time-zone", defaultValue = "Europe/London")
    ZoneId zone;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
