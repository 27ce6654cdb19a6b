package org.bestvalue.eventkit.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the relay's last pass reached Kafka: a service that cannot publish is not ready. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {
    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("outbox-relay").withData("topic", relay.topic());
        if (!relay.enabled()) return b.up().withData("relay", "disabled").build();
        if (relay.lastError() != null) return b.down().withData("error", relay.lastError()).build();
        if (relay.lastSuccess() == null) return b.down().withData("relay", "starting").build();
        return b.up().withData("lastPass", relay.lastSuccess().toString()).build();
    }
}
