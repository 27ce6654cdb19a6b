package org.bestvalue.eventkit.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The realm's users from Keycloak's admin API, read with the service's own client (client credentials of
 * {@code quarkus.oidc.client-id}); its service account needs only the realm-management role {@code view-users}.
 * Display name = first and last name (else the username); job title = the user attribute {@code jobTitle}.
 */
@ApplicationScoped
@DefaultBean
public class KeycloakPeople implements PeopleSource {
    private static final int PAGE = 500;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;
    @ConfigProperty(name = "quarkus.oidc.client-id")
    Optional<String> clientId;
    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    Optional<String> secret;

    @Override
    public Uni<List<Person>> everyone() {
        if (realmUrl.isEmpty() || realmUrl.get().isBlank() || secret.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("no Keycloak realm or client secret configured"));
        }
        String realm = realmUrl.get().replaceAll("/+$", "");
        String users = realm.replace("/realms/", "/admin/realms/") + "/users";
        Uni<List<Person>> everyone = token(realm).chain(token -> page(users, token, 0, new ArrayList<>()));
        // The HTTP client completes on its own threads: hand the answer back to the caller's Vert.x context, where the
        // reactive session of the request that asked must go on (Hibernate Reactive refuses any other thread).
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        return context == null ? everyone : everyone.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private Uni<String> token(String realm) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId.orElse("")) + "&client_secret=" + enc(secret.get());
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request).map(body -> body.path("access_token").asText());
    }

    private Uni<List<Person>> page(String users, String token, int first, List<Person> into) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(users + "?briefRepresentation=false&first=" + first + "&max=" + PAGE))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).GET().build();
        return send(request).chain(body -> {
            for (JsonNode u : body) into.add(person(u));
            return body.size() < PAGE ? Uni.createFrom().item(into) : page(users, token, first + PAGE, into);
        });
    }

    static Person person(JsonNode u) {
        String name = (u.path("firstName").asText("") + " " + u.path("lastName").asText("")).trim();
        if (name.isEmpty()) name = u.path("username").asText(u.path("id").asText());
        JsonNode title = u.path("attributes").path("jobTitle");
        String jobTitle = title.isArray() && !title.isEmpty() ? title.get(0).asText() : title.isTextual() ? title.asText() : null;
        return Person.known(u.path("id").asText(), name, jobTitle);
    }

    private Uni<JsonNode> send(HttpRequest request) {
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
                    }
                    try {
                        return mapper.readTree(response.body());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("unreadable answer from " + request.uri().getPath(), e);
                    }
                });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
