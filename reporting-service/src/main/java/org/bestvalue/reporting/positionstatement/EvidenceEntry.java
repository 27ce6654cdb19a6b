package org.bestvalue.reporting.positionstatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** One recorded revision of an item of the council's evidence library. */
public record EvidenceEntry(String evidenceId, Integer revision, String title, String kind, String reference, String uri,
                            LocalDate date, Instant at, long streamVersion) {
    public static final Comparator<EvidenceEntry> CHRONOLOGICAL = Comparator.comparing(EvidenceEntry::at)
            .thenComparingLong(EvidenceEntry::streamVersion);
}
