package org.bestvalue.eventkit.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has a correlation id: the client's {@code X-Correlation-Id} when it sends a sensible one,
 * else a new UUID. It is echoed on every response (errors and 401s included) and becomes the
 * {@code correlationid} of every event the request causes.
 */
@ApplicationScoped
public class CorrelationIds {
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !ACCEPTED.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(HEADER, id);
            }
            rc.response().headers().set(HEADER, id);
            rc.next();
        });
    }
}
