package org.bestvalue.reporting.projection;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.bestvalue.eventkit.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rebuild's ownership is a lease in the database: what several instances (or a dead one) can and cannot do. */
@QuarkusTest
class RebuildLeaseTests {
    @Inject
    ReadModelRebuild rebuild;
    @Inject
    Pool pool;

    private void lease(int building, String owner, String heartbeat) {
        pool.query("UPDATE read_model_generation SET building = " + building + ", owner = '" + owner + "', heartbeat_at = " + heartbeat)
                .execute().await().indefinitely();
    }

    private Row row() {
        return pool.query("SELECT active, building, owner FROM read_model_generation").execute().await().indefinitely().iterator().next();
    }

    @AfterEach
    void release() {
        pool.query("UPDATE read_model_generation SET building = NULL, owner = NULL, heartbeat_at = NULL").execute().await().indefinitely();
    }

    @Test
    void aSecondInstanceCannotStartARebuildWhileAnotherHoldsALiveLease() {
        lease(9001, "other-instance", "now()");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> rebuild.start());
        assertEquals(409, refused.status());
        assertEquals("rebuild-running", refused.code());
        assertEquals(9001, row().getInteger("building"), "the other instance's generation is untouched");
        assertEquals("RUNNING", rebuild.status().state());
        assertTrue(rebuild.status().error().contains("other-instance"), "status names the owner");
    }

    @Test
    void aLeaseWhoseHeartbeatStoppedIsAbandonedAndItsGenerationDropped() {
        lease(9002, "dead-instance", "now() - interval '1 hour'");
        assertEquals(9002, rebuild.abandonExpiredLease());
        assertNull(row().getInteger("building"));
        assertNull(rebuild.abandonExpiredLease(), "nothing left to abandon");
    }

    @Test
    void aLiveLeaseIsNotAbandoned() {
        lease(9003, "busy-instance", "now()");
        assertNull(rebuild.abandonExpiredLease());
        assertEquals(9003, row().getInteger("building"));
    }

    @Test
    void onlyTheOwnerMaySwitchToTheGenerationItBuilt() {
        int active = row().getInteger("active");
        lease(9004, "other-instance", "now()");
        assertFalse(rebuild.switchTo(9004), "not ours: no switch");
        assertEquals(active, row().getInteger("active"));
        assertFalse(rebuild.renewLease(9004), "nor a renewal");
    }

    @Test
    void theInstanceShowsTheLeaseAsHeldOnlyWhileItOwnsTheBuildingGeneration() {
        assertFalse(rebuild.heldHere(), "no rebuild: no lease");
        lease(9005, "other-instance", "now()");
        assertFalse(rebuild.heldHere(), "another instance's lease");
        release();
        assertNotNull(rebuild.takeLease(9006), "the lease is free");
        assertTrue(rebuild.heldHere());
        assertEquals("read-model-rebuild", rebuild.name());
    }
}
