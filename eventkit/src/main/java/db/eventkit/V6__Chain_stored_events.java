package db.eventkit;

import org.bestvalue.eventkit.store.ChainBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chains the events stored before tamper evidence existed (a council's production data), in stream order, inside
 * Flyway's migration transaction: the service starts only once every stored event has its chain hash. The package
 * is the kit's migration location ({@code db/eventkit}), where Flyway looks for it.
 */
public class V6__Chain_stored_events extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        ChainBackfill.chainEveryStream(context.getConnection());
    }
}
