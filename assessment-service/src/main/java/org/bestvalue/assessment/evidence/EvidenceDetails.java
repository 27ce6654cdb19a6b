package org.bestvalue.assessment.evidence;

import java.time.LocalDate;

/**
 * What the library records about an evidence item.
 *
 * @param reference   where to find it inside the council (document reference, minute number); or
 * @param uri         where to find it on the web
 * @param owner       the officer or service that holds it
 * @param date        the item's own date (of the document, decision or data)
 * @param contentHash optional fingerprint of the content, e.g. {@code sha256:…}, to show it has not changed
 */
public record EvidenceDetails(String title, EvidenceKind kind, String reference, String uri, String owner, LocalDate date,
                              String description, String contentHash) {
}
