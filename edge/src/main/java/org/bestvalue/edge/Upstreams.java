package org.bestvalue.edge;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The instances of one service behind /api/&lt;name&gt;: round robin over them; an instance the edge cannot
 * connect to is skipped for a while (passive health) and the request goes to the next one. A failed connect
 * means nothing of the request reached that instance, so retrying it elsewhere is safe for every method.
 * When every instance is marked down, each is tried anyway (one may be back before its time is up).
 */
final class Upstreams implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final String name;
    private final List<URI> bases;
    private final Instant[] downUntil;
    private final Duration downFor;
    private final Supplier<Instant> now;
    private final AtomicInteger next = new AtomicInteger();

    Upstreams(String name, List<URI> bases, Duration downFor, Supplier<Instant> now) {
        if (bases.isEmpty()) throw new IllegalArgumentException("no upstream URL for /api/" + name);
        this.name = name;
        this.bases = List.copyOf(bases);
        this.downUntil = new Instant[bases.size()];
        this.downFor = downFor;
        this.now = now;
    }

    /** "http://a:1, http://b:2" → both, in order. */
    static List<URI> parse(String urls) {
        return java.util.Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(URI::create).toList();
    }

    List<URI> bases() {
        return bases;
    }

    boolean isDown(int i) {
        Instant until = downUntil[i];
        return until != null && now.get().isBefore(until);
    }

    void markDown(int i) {
        downUntil[i] = now.get().plus(downFor);
    }

    /** The order to try for one request: the next in turn first, then the others; instances marked down last. */
    int[] order() {
        int n = bases.size(), start = Math.floorMod(next.getAndIncrement(), n);
        int[] order = new int[n];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < n; j++) {
                int i = (start + j) % n;
                if (isDown(i) == (pass == 1)) order[k++] = i;
            }
        }
        return order;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return attempt(context, order(), 0);
    }

    private Future<HttpClientRequest> attempt(ProxyContext context, int[] order, int k) {
        int i = order[k];
        URI base = bases.get(i);
        HttpClient client = context.client();
        return client.request(new RequestOptions().setHost(base.getHost()).setPort(ApiRoutes.port(base))
                        .setSsl("https".equals(base.getScheme())))
                .map(request -> {
                    downUntil[i] = null;
                    // The service sees its own authority, so an absolute Location it builds names the service.
                    context.request().setAuthority(HostAndPort.create(base.getHost(), ApiRoutes.port(base)));
                    return request;
                })
                .recover(failure -> {
                    markDown(i);
                    LOG.warnf("/api/%s: %s does not answer (%s); skipped for %d s", name, base, failure.getMessage(), downFor.toSeconds());
                    return k + 1 < order.length ? attempt(context, order, k + 1) : Future.failedFuture(failure);
                });
    }
}
