package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the launched Keycloak (realm {@code bestvalue}): the password grant of the demo
 * realm's public scripts client {@code bv-scripts} for the demo users (password {@code demo}), and the
 * client-credentials grant of the confidential {@code bv-service} client. Tokens are cached until shortly
 * before they expire. The web app's client {@code bv-spa} refuses the password grant (authorization code +
 * PKCE only), and the production realm has no {@code bv-scripts}.
 *
 * <pre>{@code given().auth().oauth2(Keycloak.token("planner"))...}</pre>
 */
public final class Keycloak {
    public static final String REALM = "bestvalue";
    /** The web app's client: authorization code + PKCE only, never the password grant. */
    public static final String SPA_CLIENT = "bv-spa";
    /** The demo realm's client for scripts and tests: the password grant. */
    public static final String SCRIPTS_CLIENT = "bv-scripts";
    /** The audience every access token the services accept carries ({@code quarkus.oidc.token.audience}). */
    public static final String API_AUDIENCE = "bestvalue-api";
    public static final String DEMO_PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Keycloak() {
    }

    /** Keycloak's base URL (the launcher's by default; {@code -Dbv.keycloak.url} overrides). */
    public static String baseUrl() {
        return System.getProperty("bv.keycloak.url", "http://localhost:8180");
    }

    /** The token issuer the services check. */
    public static String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public static String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** An access token for a demo user (password {@code demo}), e.g. {@code token("reviewer-ci")}. */
    public static String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public static String token(String username, String password) {
        return cached("user:" + username, () -> grant(Map.of("grant_type", "password", "client_id", SCRIPTS_CLIENT,
                "username", username, "password", password, "scope", "openid")));
    }

    /** A client-credentials token of a confidential client (the service account). */
    public static String clientToken(String clientId, String secret) {
        return cached("client:" + clientId, () -> grant(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    /** The claims of a token (its payload, not verified: the services verify it). */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) throw new IllegalArgumentException("not a JWT");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JWT payload", e);
        }
    }

    /** The user id the services record as the actor: the token subject. */
    public static String subject(String username) {
        return claims(token(username)).path("sub").asText();
    }

    /** Answers the raw token endpoint response for a grant, for tests of refusals. */
    public static HttpResponse<String> rawGrant(Map<String, String> form) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + baseUrl() + " (is the suite up? deploy/suite up)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Grant {
        Cached get();
    }

    private static String cached(String key, Grant grant) {
        Cached c = CACHE.get(key);
        if (c == null || Instant.now().isAfter(c.expires())) {
            c = grant.get();
            CACHE.put(key, c);
        }
        return c.token();
    }

    private static Cached grant(Map<String, String> form) {
        HttpResponse<String> response = rawGrant(form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the " + form.get("grant_type") + " grant for "
                    + form.getOrDefault("username", form.get("client_id")) + ": " + response.statusCode() + " " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(60);
            return new Cached(body.path("access_token").asText(), Instant.now().plusSeconds(Math.max(5, lifetime - 30)));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable token response: " + response.body(), e);
        }
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
