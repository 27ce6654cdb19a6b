package org.bestvalue.edge;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes /api/&lt;service&gt;/… to that service with the prefix stripped, and /problems/… (the problem type
 * URIs the services answer with) to the assessment service, so the browser only ever talks to one origin.
 * Headers travel end to end (Authorization, If-Match, If-None-Match, Idempotency-Key, X-Correlation-Id,
 * Accept one way; ETag, Location, Content-Disposition, X-Correlation-Id back), hop-by-hop ones do not.
 */
@Singleton
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    /** Before the app's static files and its index.html fallback. */
    static final int ORDER = 10;

    void register(@Observes Router router, Vertx vertx, EdgeConfig config) {
        Map<String, URI> upstreams = new TreeMap<>();
        config.upstream().forEach((name, url) -> upstreams.put(name, URI.create(url)));
        upstreams.forEach((name, base) -> {
            String prefix = "/api/" + name;
            HttpProxy proxy = proxyTo(vertx, config, base);
            proxy.addInterceptor(new StripPrefix(prefix, base));
            router.route(prefix + "/*").order(ORDER).handler(rc -> proxy.handle(rc.request()));
            LOG.infof("%s/* -> %s", prefix, base);
        });
        URI problems = upstreams.get("assessment");
        if (problems != null) {
            HttpProxy problemProxy = proxyTo(vertx, config, problems);
            router.route("/problems/*").order(ORDER).handler(rc -> problemProxy.handle(rc.request()));
        }
        // A name that is not one of the services is an API miss, never the app's index.html.
        router.route("/api/*").order(ORDER + 1).handler(rc -> rc.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"No service answers under " + rc.normalizedPath().replace("\"", "") + "\"}"));
    }

    private static HttpProxy proxyTo(Vertx vertx, EdgeConfig config, URI base) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(config.connectTimeout() * 1000)
                .setIdleTimeout(config.idleTimeout())
                .setKeepAlive(true)
                .setMaxPoolSize(32)
                .setSsl("https".equals(base.getScheme())));
        return HttpProxy.reverseProxy(client).origin(port(base), base.getHost());
    }

    static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }

    /** /api/assessment/cycles?page=0 → /cycles?page=0 upstream; a Location coming back gets the prefix again. */
    @RegisterForReflection
    static final class StripPrefix implements ProxyInterceptor {
        private final String prefix;
        private final URI base;

        StripPrefix(String prefix, URI base) {
            this.prefix = prefix;
            this.base = base;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            String uri = request.getURI();
            String rest = uri.substring(prefix.length());
            if (rest.isEmpty() || rest.charAt(0) == '?') rest = "/" + rest;
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
            request.setURI(basePath + rest);
            // The service sees its own authority, so an absolute Location it builds names the service.
            request.setAuthority(HostAndPort.create(base.getHost(), port(base)));
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
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
            String path = target.getRawPath().startsWith(basePath) ? target.getRawPath().substring(basePath.length()) : target.getRawPath();
            return prefix + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        }

        private boolean sameService(URI target) {
            return base.getHost().equalsIgnoreCase(target.getHost()) && port(base) == port(target);
        }
    }
}
