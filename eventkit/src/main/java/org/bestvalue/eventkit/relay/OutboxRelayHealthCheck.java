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
        OutboxRelay.Status status = relay.status();
        var b = HealthCheckResponse.named("outbox-relay").withData("topic", status.topic()).up()
                .withData("backlog", status.backlog())
                .withData("oldestAgeSeconds", Math.round(status.oldestAgeSeconds()));
        if (!status.enabled()) return b.withData("relay", "disabled").build();
        if (status.lastSuccess() != null) b.withData("lastPass", status.lastSuccess().toString());
        if (status.lastError() != null) b.withData("lastError", status.lastError());
        return b.build();
    }
}
