package org.bestvalue.eventkit.read;

import io.quarkus.panache.common.Parameters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A read's where clause: a filter the request set adds its condition and parameter, one it left out adds nothing. */
class WhereTest {
    @Test
    void onlyTheFiltersAskedForBecomeConditions() {
        Where w = Where.of("councilId = :council", Parameters.with("council", "demo-borough"))
                .and("themeCode = :theme", "theme", null)
                .and("status = :status", "status", "OPEN");
        assertEquals("councilId = :council and status = :status", w.query());
        assertEquals(Map.of("council", "demo-borough", "status", "OPEN"), w.parameters().map());
    }
}
