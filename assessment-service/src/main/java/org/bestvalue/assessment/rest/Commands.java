package org.bestvalue.assessment.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CommandContext;
import org.bestvalue.eventkit.security.CurrentUser;

/** The command context of this request: the token's user and council, plus the client's correlation and idempotency keys. */
@RequestScoped
public class Commands {
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    CurrentUser user;
    @Inject
    HttpServerRequest request;

    public CommandContext context() {
        return user.context(request.getHeader(CORRELATION_ID), request.getHeader(IDEMPOTENCY_KEY));
    }

    public String councilId() {
        return user.councilId();
    }

    public boolean hasRole(String role) {
        return user.hasRole(role);
    }
}
