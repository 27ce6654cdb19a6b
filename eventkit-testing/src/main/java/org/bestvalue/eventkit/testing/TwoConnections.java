package org.bestvalue.eventkit.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A test profile: the service with a database pool of two connections, for tests that send more requests at once
 * than that and expect every one to be answered (a request must never hold one connection while waiting for another).
 */
public class TwoConnections implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.reactive.max-size", "2");
    }
}
