package org.bestvalue.eventkit.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.CommandContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;

/**
 * The caller as the token states it: the user id (token subject) and the council (tenant) the user
 * belongs to. Every read and write is scoped by {@link #councilId()}; nothing else decides the tenant.
 */
@RequestScoped
public class CurrentUser {
    /** The token claim that carries the user's council, mapped from a Keycloak user attribute. */
    public static final String COUNCIL_CLAIM = "council";

    @Inject
    SecurityIdentity identity;
    @Inject
    Clock clock;

    public String userId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) return jwt.getSubject();
        return identity.getPrincipal().getName();
    }

    public String councilId() {
        Object council = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) council = jwt.getClaim(COUNCIL_CLAIM);
        if (council == null) council = identity.getAttribute(COUNCIL_CLAIM);
        if (council == null || council.toString().isBlank()) {
            throw new ForbiddenException("The token names no council");
        }
        String value = council.toString();
        // Keycloak may emit a single-valued attribute as a JSON string with quotes.
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Metadata for the events of a command this user issues now. */
    public CommandContext context(String correlationId, String idempotencyKey) {
        return context(correlationId, idempotencyKey, null);
    }

    public CommandContext context(String correlationId, String idempotencyKey, String requestDigest) {
        return new CommandContext(councilId(), userId(), correlationId, null, idempotencyKey, clock.instant(), requestDigest);
    }
}
