package org.bestvalue.assessment.evidence;

import org.bestvalue.assessment.evidence.EvidenceCommand.AddEvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceCommand.ReviseEvidenceItem;
import org.bestvalue.assessment.evidence.EvidenceEvent.EvidenceItemAdded;
import org.bestvalue.assessment.evidence.EvidenceEvent.EvidenceItemRevised;
import org.bestvalue.eventkit.CommandTable;
import org.bestvalue.eventkit.RuleViolation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/** Decides additions and revisions of evidence items. */
public class EvidenceDecider extends CommandTable<EvidenceCommand, EvidenceEvent, EvidenceItem> {
    public static final Pattern CONTENT_HASH = Pattern.compile("(sha256:)?[0-9a-fA-F]{64}");

    public EvidenceDecider() {
        super(EvidenceCommand.class, EvidenceItem.NONE);
        startedBy(() -> new RuleViolation(404, "not-found", "evidenceId", "No such evidence item"), AddEvidenceItem.class);
        when(EvidenceItemAdded.class, (state, e) -> new EvidenceItem(e.evidenceId(), e.revision(), new EvidenceDetails(e.title(),
                e.kind(), e.reference(), e.uri(), e.owner(), e.date(), e.description(), e.contentHash())));
        when(EvidenceItemRevised.class, (state, e) -> new EvidenceItem(state.id(), e.revision(), new EvidenceDetails(e.title(),
                e.kind(), e.reference(), e.uri(), e.owner(), e.date(), e.description(), e.contentHash())));
    }

    private static List<EvidenceEvent> add(AddEvidenceItem c, EvidenceItem state) {
        if (state.exists()) throw new RuleViolation(409, "evidence-exists", "evidenceId", "The evidence item already exists");
        EvidenceDetails d = check(c.details(), c.today());
        return List.of(new EvidenceItemAdded(c.evidenceId(), 1, d.title(), d.kind(), d.reference(), d.uri(), d.owner(),
                d.date(), d.description(), d.contentHash()));
    }

    private static List<EvidenceEvent> revise(ReviseEvidenceItem c, EvidenceItem state) {
        EvidenceDetails d = check(c.details(), c.today());
        if (d.equals(state.details())) return List.of();
        return List.of(new EvidenceItemRevised(state.id(), state.revision() + 1, d.title(), d.kind(), d.reference(), d.uri(),
                d.owner(), d.date(), d.description(), d.contentHash()));
    }

    private static EvidenceDetails check(EvidenceDetails d, java.time.LocalDate today) {
        if (d.title() == null || d.title().isBlank()) throw new RuleViolation("title-required", "title", "title is required");
        if (d.date() != null && d.date().isAfter(today)) {
            throw new RuleViolation("date-in-future", "date", "The evidence is dated " + d.date() + ", after today: use the document's own date");
        }
        if (d.kind() == null) throw new RuleViolation("kind-required", "kind", "kind is required");
        boolean hasReference = d.reference() != null && !d.reference().isBlank();
        boolean hasUri = d.uri() != null && !d.uri().isBlank();
        if (!hasReference && !hasUri)
            throw new RuleViolation("reference-or-uri-required", "reference", "Give a reference or a uri so a reviewer can find the evidence");
        if (d.kind() == EvidenceKind.WEB_PAGE && !hasUri)
            throw new RuleViolation("uri-required", "uri", "A web page needs its uri");
        if (hasUri) {
            try {
                URI u = new URI(d.uri().trim());
                if (!u.isAbsolute() || u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")))
                    throw new URISyntaxException(d.uri(), "not an absolute http(s) address");
            } catch (URISyntaxException e) {
                throw new RuleViolation("invalid-uri", "uri", "uri must be an absolute http or https address");
            }
        }
        if (d.contentHash() != null && !d.contentHash().isBlank() && !CONTENT_HASH.matcher(d.contentHash()).matches())
            throw new RuleViolation("invalid-content-hash", "contentHash", "contentHash must be a SHA-256 in hex, optionally prefixed sha256:");
        return new EvidenceDetails(d.title().trim(), d.kind(), blankToNull(d.reference()), blankToNull(d.uri()), blankToNull(d.owner()),
                d.date(), blankToNull(d.description()), blankToNull(d.contentHash()) == null ? null : d.contentHash().toLowerCase(java.util.Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
