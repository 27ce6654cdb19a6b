package org.bestvalue.eventkit.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay runs: {@code eventkit.relay.*}. */
@ConfigMapping(prefix = "eventkit.relay")
public interface RelaySettings {
    /** Whether this instance runs a relay at all (tests of the store alone switch it off). */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks at the outbox when nothing woke it (appends of other instances, retries). */
    @WithDefault("PT0.1S")
    Duration interval();

    /**
     * How long a pass woken by an append waits for more appends to join it: under load one pass carries many
     * events (one transaction, one Kafka round trip) instead of one pass per event competing with the requests.
     */
    @WithDefault("PT0.002S")
    Duration linger();

    /** The most events one pass reads from the outbox. */
    @WithDefault("500")
    int batchSize();

    /** The longest wait between passes after failures (the wait doubles from the interval). */
    @WithDefault("PT10S")
    Duration maxBackoff();

    /** How long one round of sends may wait for Kafka's acknowledgements. */
    @WithDefault("PT30S")
    Duration sendTimeout();
}
