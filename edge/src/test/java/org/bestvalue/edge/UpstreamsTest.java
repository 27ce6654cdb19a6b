package org.bestvalue.edge;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UpstreamsTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Upstreams three = new Upstreams("scoring",
            Upstreams.parse("http://localhost:8082, http://localhost:8092,http://localhost:8102"), Duration.ofSeconds(10), () -> now);

    @Test
    void theListIsTheCommaSeparatedUrls() {
        assertEquals(List.of(URI.create("http://localhost:8082"), URI.create("http://localhost:8092"), URI.create("http://localhost:8102")),
                three.bases());
        assertThrows(IllegalArgumentException.class, () -> new Upstreams("x", Upstreams.parse(" , "), Duration.ofSeconds(1), () -> now));
    }

    @Test
    void eachRequestStartsAtTheNextInstanceInTurn() {
        assertArrayEquals(new int[] {0, 1, 2}, three.order());
        assertArrayEquals(new int[] {1, 2, 0}, three.order());
        assertArrayEquals(new int[] {2, 0, 1}, three.order());
        assertArrayEquals(new int[] {0, 1, 2}, three.order());
    }

    @Test
    void anInstanceMarkedDownIsTriedLastUntilItsTimeIsUp() {
        three.markDown(1);
        assertArrayEquals(new int[] {0, 2, 1}, three.order());
        assertArrayEquals(new int[] {2, 0, 1}, three.order(), "its turn passes to the next live one");
        now = now.plusSeconds(11);
        assertArrayEquals(new int[] {2, 0, 1}, three.order(), "back in turn once its time is up");
    }
}
