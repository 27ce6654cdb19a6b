package org.bestvalue.eventkit.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The relay's state in readiness, without taking the service out of rotation: the outbox exists so that
 * commands are accepted while Kafka is away, and they are published when it is back. Readiness stays UP
 * and shows the outbox lag (rows waiting, age of the oldest) and the last error; alert on the lag
 * (docs/operations.md), not on readiness.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {
    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("outbox-relay").withData("topic", relay.topic()).up()
                .withData("backlog", (long) relay.backlogSeen())
                .withData("oldestAgeSeconds", Math.round(relay.oldestAgeSeconds()));
        if (!relay.enabled()) return b.withData("relay", "disabled").build();
        if (relay.lastSuccess() != null) b.withData("lastPass", relay.lastSuccess().toString());
        if (relay.lastError() != null) b.withData("lastError", relay.lastError());
        return b.build();
    }
}
