package org.bestvalue.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The demo users as the realm file (deploy/keycloak/bestvalue-realm.json) declares them. */
public final class DemoRealm {
    public record User(String username, String id, String council, Set<String> roles) {
    }

    private DemoRealm() {
    }

    public static Path file() {
        String configured = System.getProperty("bv.realm.file");
        for (Path p : new Path[]{configured == null ? null : Path.of(configured),
                Path.of("deploy/keycloak/bestvalue-realm.json"), Path.of("../deploy/keycloak/bestvalue-realm.json")}) {
            if (p != null && Files.isRegularFile(p)) return p;
        }
        throw new IllegalStateException("realm file deploy/keycloak/bestvalue-realm.json not found (set -Dbv.realm.file)");
    }

    public static JsonNode json() {
        try {
            return new ObjectMapper().readTree(file().toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo realm's people (its service accounts, such as bv-service's, are no one to log in as). */
    public static List<User> users() {
        List<User> users = new ArrayList<>();
        for (JsonNode u : json().path("users")) {
            if (u.has("serviceAccountClientId")) continue;
            Set<String> roles = new TreeSet<>();
            u.path("realmRoles").forEach(r -> roles.add(r.asText()));
            users.add(new User(u.path("username").asText(), u.path("id").asText(),
                    u.path("attributes").path("council").path(0).asText(), roles));
        }
        return users;
    }

    public static User user(String username) {
        return users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }
}
