package org.bestvalue.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the built single-page app: its files as they are (the fingerprinted bundle under /static/ cached
 * for a year), and index.html for every other GET that is not an API, problem or /q/ path, so a deep
 * link such as /characteristics/CI010 opens the app at that screen.
 */
@Singleton
public class WebApp {

    private static final Logger LOG = Logger.getLogger(WebApp.class);
    /** Paths that belong to the app: not the APIs, the problem types or Quarkus' own /q/. */
    static final String APP_PATHS = "^/(?!api/|q/|problems/).*";

    void register(@Observes Router router, EdgeConfig config) {
        Path root = Path.of(config.webDir()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            LOG.warnf("No built web app at %s (run npm run build in web/): only the APIs are served", root);
        }
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(false).setDefaultContentEncoding("UTF-8").setIndexPage("index.html");
        router.routeWithRegex(HttpMethod.GET, APP_PATHS).order(ApiRoutes.ORDER + 11).handler(rc -> {
            // The fingerprinted bundle never changes under its name; everything else is checked on each load.
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL,
                    rc.normalizedPath().startsWith("/static/") ? "public, max-age=31536000, immutable" : "no-cache");
            files.handle(rc);
        });
        // Any other path is one of the app's own (its router shows the screen, or "page not found").
        router.routeWithRegex(HttpMethod.GET, APP_PATHS).order(ApiRoutes.ORDER + 12).handler(rc -> rc.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .sendFile(root.resolve("index.html").toString())
                .onFailure(e -> { if (!rc.response().ended()) rc.fail(404); }));
    }
}
