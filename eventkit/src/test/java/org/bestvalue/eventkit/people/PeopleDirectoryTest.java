package org.bestvalue.eventkit.people;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleDirectoryTest {
    private final List<Person> realm = new ArrayList<>(List.of(
            Person.known("u-1", "Priya Hartley", "Head of Business Planning, Projects and Performance"),
            Person.known("u-2", "Sam Whitfield", "Bid and Grants Officer")));
    private final AtomicInteger loads = new AtomicInteger();
    private boolean down;
    private final MovableClock clock = new MovableClock();
    private final PeopleDirectory directory = new PeopleDirectory(() -> {
        loads.incrementAndGet();
        return down ? Uni.createFrom().failure(new IllegalStateException("Keycloak away"))
                : Uni.createFrom().item(List.copyOf(realm));
    }, clock, Duration.ofMinutes(5), Duration.ofSeconds(30));

    private Map<String, Person> lookup(String... ids) {
        return directory.lookup(List.of(ids)).await().indefinitely();
    }

    @Test
    void namesAndJobTitlesComeFromTheSourceAndAreCached() {
        assertEquals("Priya Hartley, Head of Business Planning, Projects and Performance", lookup("u-1").get("u-1").label());
        assertEquals("Bid and Grants Officer", lookup("u-2").get("u-2").jobTitle());
        assertEquals(1, loads.get(), "the second lookup is answered from the cache");
    }

    @Test
    void anUnknownIdIsAFormerUserOnceTheDirectoryIsFreshAndIsLookedForAgainAfterTheRetryPause() {
        Person gone = lookup("u-1", "u-9").get("u-9");
        assertTrue(gone.former());
        assertEquals(Person.FORMER_USER, gone.name());
        lookup("u-9");
        assertEquals(1, loads.get(), "no second load within the retry pause");
        realm.add(Person.known("u-9", "New Starter", "Graduate Policy Officer"));
        clock.move(Duration.ofSeconds(31));
        assertEquals("New Starter", lookup("u-9").get("u-9").name(), "a new user is found after the pause");
        assertEquals(2, loads.get());
    }

    @Test
    void theCacheIsRefreshedWhenStaleSoChangesAndLeaversShow() {
        lookup("u-1", "u-2");
        realm.set(0, Person.known("u-1", "Priya Hartley", "Assistant Chief Executive"));
        realm.remove(1);
        clock.move(Duration.ofMinutes(6));
        Map<String, Person> now = lookup("u-1", "u-2");
        assertEquals("Assistant Chief Executive", now.get("u-1").jobTitle());
        assertTrue(now.get("u-2").former(), "a user deleted from the realm is a former user");
    }

    @Test
    void whenTheSourceIsAwayKnownNamesStayAndNeverSeenIdsAreShownAsIds() {
        down = true;
        Person never = lookup("u-1").get("u-1");
        assertNull(never.name());
        assertEquals("u-1", never.label());
        down = false;
        clock.move(Duration.ofSeconds(31));
        lookup("u-1");
        down = true;
        clock.move(Duration.ofMinutes(6));
        assertEquals("Priya Hartley", lookup("u-1").get("u-1").name(), "a failed refresh keeps what was known");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2024-06-10T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
