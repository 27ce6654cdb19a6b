package org.bestvalue.edge;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;

/** Ready only when there is a built app to serve (the APIs alone would leave users a blank page). */
@Readiness
@ApplicationScoped
public class WebAppBuilt implements HealthCheck {

    private final EdgeConfig config;

    WebAppBuilt(EdgeConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Path index = Path.of(config.webDir()).toAbsolutePath().normalize().resolve("index.html");
        return HealthCheckResponse.named("web app").status(Files.isRegularFile(index)).build();
    }
}
