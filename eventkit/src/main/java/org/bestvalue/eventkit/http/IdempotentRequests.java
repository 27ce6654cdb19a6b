package org.bestvalue.eventkit.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an {@code Idempotency-Key} stands for: the request it was first sent with. For a request that carries a key,
 * this filter takes a SHA-256 of its method, URI (path and query) and body; the event store keeps it with the key
 * ({@code idempotency_keys}), so a retry of the same request answers as the first time and the same key sent with
 * another request is refused with 422 {@code idempotency-key-reused}.
 */
public class IdempotentRequests {
    static final String DIGEST = "bv.request-digest";

    @ServerRequestFilter(readBody = true)
    public void digest(ContainerRequestContext request, RoutingContext routing) throws IOException {
        String key = request.getHeaderString(RequestContext.IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) return;
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        routing.put(DIGEST, digest(request.getMethod(), routing.request().uri(), body));
    }

    /** The digest of this request, when it carries an Idempotency-Key. */
    static String of(RoutingContext routing) {
        return routing == null ? null : routing.get(DIGEST);
    }

    static String digest(String method, String uri, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + ' ' + uri + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
