package org.bestvalue.reporting.catalogue;

import java.time.Instant;

/** An assessment cycle as the reports need it, with its latest snapshot and publication. */
public record Cycle(String cycleId, String councilId, int year, String title, String frameworkVersionId,
                    String carriedForwardFrom, Instant openedAt, Instant snapshotAsOf, Instant publishedAsOf,
                    Instant publishedAt, Instant closedAt) {
    public boolean published() {
        return publishedAsOf != null;
    }
}
