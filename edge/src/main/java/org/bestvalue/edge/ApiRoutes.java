package org.bestvalue.edge;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes /api/&lt;service&gt;/… to that service with the prefix stripped, and /problems/… (the problem type
 * URIs the services answer with) to the assessment service, so the browser only ever talks to one origin.
 * Headers travel end to end (Authorization, If-Match, If-None-Match, Idempotency-Key, X-Correlation-Id,
 * Accept one way; ETag, Location, Content-Disposition, X-Correlation-Id back), hop-by-hop ones do not.
 * A service may run as several instances (a comma-separated list of URLs): requests go round robin, and
 * an instance that refuses connections is skipped for a while ({@link Upstreams}).
 */
@Singleton
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    /** Before the app's static files and its index.html fallback. */
    static final int ORDER = 10;

    void register(@Observes Router router, Vertx vertx, EdgeConfig config) {
        Map<String, List<URI>> upstreams = new TreeMap<>();
        config.upstream().forEach((name, urls) -> upstreams.put(name, Upstreams.parse(urls)));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(config.connectTimeout() * 1000)
                .setIdleTimeout(config.idleTimeout())
                .setKeepAlive(true)
                .setMaxPoolSize(32));
        Duration downFor = Duration.ofSeconds(config.downFor());
        upstreams.forEach((name, bases) -> {
            String prefix = "/api/" + name;
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(new Upstreams(name, bases, downFor, Instant::now));
            proxy.addInterceptor(new StripPrefix(prefix, bases));
            router.route(prefix + "/*").order(ORDER).handler(rc -> proxy.handle(rc.request()));
            LOG.infof("%s/* -> %s", prefix, bases);
        });
        List<URI> problems = upstreams.get("assessment");
        if (problems != null) {
            HttpProxy problemProxy = HttpProxy.reverseProxy(client).origin(new Upstreams("problems", problems, downFor, Instant::now));
            router.route("/problems/*").order(ORDER).handler(rc -> problemProxy.handle(rc.request()));
        }
        // A name that is not one of the services is an API miss, never the app's index.html.
        router.route("/api/*").order(ORDER + 1).handler(rc -> rc.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"No service answers under " + rc.normalizedPath().replace("\"", "") + "\"}"));
    }

    static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    /** /api/assessment/cycles?page=0 → /cycles?page=0 upstream; a Location coming back gets the prefix again. */
    @RegisterForReflection
    static final class StripPrefix implements ProxyInterceptor {
        private final String prefix;
        private final List<URI> bases;

        StripPrefix(String prefix, List<URI> bases) {
            this.prefix = prefix;
            this.bases = bases;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            String uri = request.getURI();
            String rest = uri.substring(prefix.length());
            if (rest.isEmpty() || rest.charAt(0) == '?') rest = "/" + rest;
            // Every instance of a service serves the same base path (the first one's).
            request.setURI(basePath(bases.get(0)) + rest);
            // The services need no cookie of this origin.
            request.headers().remove(HttpHeaders.COOKIE);
            return context.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            ProxyResponse response = context.response();
            String location = response.headers().get(HttpHeaders.LOCATION);
            if (location != null) response.headers().set(HttpHeaders.LOCATION, relocate(location));
            return context.sendResponse();
        }

        /** A service names its resources from its own root; the browser reaches them under the prefix. */
        String relocate(String location) {
            URI target = URI.create(location);
            if (target.getRawPath() == null || (target.isAbsolute() && !sameService(target))) return location;
            if (target.getRawPath().startsWith(prefix + "/")) return location;
            String basePath = basePath(bases.get(0));
            String path = target.getRawPath().startsWith(basePath) ? target.getRawPath().substring(basePath.length()) : target.getRawPath();
            return prefix + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        }

        private boolean sameService(URI target) {
            return bases.stream().anyMatch(base -> base.getHost().equalsIgnoreCase(target.getHost()) && port(base) == port(target));
        }

        private static String basePath(URI base) {
            return base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
        }
    }
}
