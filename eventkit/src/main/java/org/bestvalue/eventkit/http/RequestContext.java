package org.bestvalue.eventkit.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.security.CurrentUser;

/**
 * This request as a command's metadata: the token's user and council, the correlation id
 * ({@link CorrelationIds} makes sure there is one) and the client's idempotency key. Resources read their
 * headers here instead of repeating header parameters on every method.
 */
@RequestScoped
public class RequestContext {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    CurrentUser user;
    @Inject
    HttpServerRequest request;
    @Inject
    io.vertx.ext.web.RoutingContext routing;

    /** The metadata every event of the command this request issues carries. */
    public CommandContext command() {
        String key = idempotencyKey();
        return user.context(correlationId(), key, key == null ? null : IdempotentRequests.of(routing));
    }

    public String councilId() {
        return user.councilId();
    }

    public String userId() {
        return user.userId();
    }

    public boolean hasRole(String role) {
        return user.hasRole(role);
    }

    public String correlationId() {
        return request.getHeader(CorrelationIds.HEADER);
    }

    public String idempotencyKey() {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        return key == null || key.isBlank() ? null : key.trim();
    }
}
