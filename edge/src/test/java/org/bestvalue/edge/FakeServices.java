package org.bestvalue.edge;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the four services: one tiny HTTP server that answers every request with what it received
 * (method, path, query, headers, body, and which service was asked), the headers a real service sends back
 * (ETag, an absolute Location on its own authority, Content-Disposition), and a built app of one page.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"assessment", "scoring", "action", "reporting"}) {
            HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
                JsonObject echo = new JsonObject()
                        .put("service", service)
                        .put("method", req.method().name())
                        .put("path", req.path())
                        .put("query", req.query())
                        .put("body", body.toString());
                JsonObject headers = new JsonObject();
                req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                echo.put("headers", headers);
                String authority = req.authority() == null ? "" : req.authority().toString();
                req.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"7\"")
                        .putHeader("Location", "http://" + authority + req.path() + "/new-id")
                        .putHeader("Content-Disposition", "attachment; filename=\"heat-map.csv\"")
                        .putHeader("X-Correlation-Id", String.valueOf(req.getHeader("X-Correlation-Id")))
                        .setStatusCode("POST".equals(req.method().name()) ? 201 : 200)
                        .end(echo.encode());
            }));
            try {
                server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("fake " + service + " did not start", e);
            }
            config.put("bv.edge.upstream." + service, "http://localhost:" + server.actualPort());
        }
        try {
            Path web = Files.createTempDirectory("edge-web");
            Files.writeString(web.resolve("index.html"), "<!doctype html><title>Best Value</title><div id=app></div>");
            Files.createDirectories(web.resolve("static"));
            Files.writeString(web.resolve("static/app-abc123.js"), "console.log('app')");
            config.put("bv.edge.web-dir", web.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
