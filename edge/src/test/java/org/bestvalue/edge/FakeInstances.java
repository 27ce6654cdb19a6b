package org.bestvalue.edge;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two live instances of the scoring service ("a" and "b") with a dead one between them (a port nothing
 * listens on), and an action service whose only instance is dead. Each live instance answers with its
 * name and the body it received.
 */
public class FakeInstances implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            String a = "http://localhost:" + instance("a");
            String b = "http://localhost:" + instance("b");
            String dead = "http://localhost:" + deadPort();
            return Map.of(
                    "bv.edge.upstream.scoring", a + ", " + dead + ", " + b,
                    "bv.edge.upstream.action", dead,
                    "bv.edge.upstream.assessment", a,
                    "bv.edge.upstream.reporting", b,
                    "bv.edge.web-dir", Files.createTempDirectory("edge-web").toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int instance(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> req.response()
                .putHeader("Content-Type", "application/json")
                .setStatusCode("POST".equals(req.method().name()) ? 201 : 200)
                .end(new JsonObject().put("instance", name).put("body", body.toString()).encode())));
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake instance " + name + " did not start", e);
        }
    }

    /** A port that was free a moment ago and that nothing listens on. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
