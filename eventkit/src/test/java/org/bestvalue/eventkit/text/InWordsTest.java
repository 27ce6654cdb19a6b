package org.bestvalue.eventkit.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InWordsTest {
    enum Scale { DARK_GREEN, LIGHT_GREEN, YELLOW, AMBER, RED, GREY }

    enum Status { IN_PROGRESS }

    @Test
    void aConstantReadsAsWordsInASentenceAndInACell() {
        assertEquals("light green", InWords.lower(Scale.LIGHT_GREEN));
        assertEquals("dark green", InWords.lower(Scale.DARK_GREEN));
        assertEquals("amber", InWords.lower(Scale.AMBER));
        assertEquals("Light green", InWords.capitalised(Scale.LIGHT_GREEN));
        assertEquals("In progress", InWords.capitalised(Status.IN_PROGRESS));
        assertEquals("Red", InWords.capitalised("RED"));
        assertEquals("", InWords.capitalised((String) null));
        assertEquals("", InWords.lower((Enum<?>) null));
        assertEquals("not comparable", InWords.lower("NOT_COMPARABLE"));
    }

    @Test
    void aDateReadsTheUkWay() {
        assertEquals("10 June 2024", InWords.date(LocalDate.of(2024, 6, 10)));
        assertEquals("1 November 2024", InWords.date(LocalDate.of(2024, 11, 1)));
        assertEquals("", InWords.date((LocalDate) null));
    }

    @Test
    void anInstantIsDatedAsItWasInLondon() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        assertEquals("1 July 2024", InWords.date(Instant.parse("2024-06-30T23:30:00Z")));
        // In winter London is on UTC.
        assertEquals("31 December 2024", InWords.date(Instant.parse("2024-12-31T23:30:00Z")));
    }
}
