package org.bestvalue.reporting;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.bestvalue.eventkit.http.PageParams;
import org.bestvalue.eventkit.http.PageRequest;
import org.bestvalue.eventkit.http.SortFields;

import java.util.function.Supplier;

/**
 * Test helpers shared by the @QuarkusTests that call the application directly: the reads run in a
 * Hibernate Reactive session, which needs a Vert.x context, so a test thread waits for them on one.
 */
final class Reads {
    private Reads() {
    }

    static <T> T await(Supplier<Uni<T>> read) {
        try {
            return VertxContextSupport.subscribeAndAwait(read);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A characteristic's whole history, oldest first. */
    static PageRequest wholeHistory() {
        return PageParams.of(0, PageRequest.MAX_SIZE, "at").validate(SortFields.named("at").byDefault("at"));
    }

    /** The first page of cycles by year. */
    static PageRequest cyclesByYear() {
        return PageParams.of(0, PageRequest.MAX_SIZE, null).validate(SortFields.named("year", "cycleId").byDefault("year,cycleId"));
    }

    /** The audit log's default order, for a read of every entry. */
    static PageRequest auditLogOrder() {
        return PageRequest.parse(null, null, null, org.bestvalue.reporting.audit.AuditLog.SORTS);
    }
}
