package org.bestvalue.reporting.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Response;
import org.bestvalue.reporting.rendering.Workbooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses a document's format from {@code Accept}: one path per document, the first format it offers
 * (JSON where there is one) for no Accept or a bare wildcard, so a plain fetch or curl gets JSON while an
 * {@code <img src>}, whose Accept names {@code image/svg+xml} before any wildcard, gets SVG.
 */
final class Formats {
    static final String JSON = "application/json";
    static final String SVG = "image/svg+xml";
    static final String CSV = "text/csv";
    static final String XLSX = Workbooks.MEDIA_TYPE;
    static final String PDF = "application/pdf";
    /** CSV answers say their charset. */
    static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private Formats() {
    }

    private record Range(String type, String subtype, double q, int order) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] ts = mediaType.split("/");
            return (type.equals("*") || type.equalsIgnoreCase(ts[0])) && (subtype.equals("*") || subtype.equalsIgnoreCase(ts[1]));
        }
    }

    /** The offered format the client prefers; {@code offered[0]} is the default. 406 when none is acceptable. */
    static String choose(String accept, String... offered) {
        if (accept == null || accept.isBlank()) return offered[0];
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] params = parts[i].trim().split(";");
            String[] ts = params[0].trim().split("/", 2);
            if (ts.length != 2 || ts[0].isBlank() || ts[1].isBlank()) continue;
            double q = 1;
            for (int p = 1; p < params.length; p++) {
                String[] kv = params[p].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(kv[1].trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) ranges.add(new Range(ts[0].trim(), ts[1].trim(), q, i));
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed()
                .thenComparing(Comparator.comparingInt(Range::specificity).reversed())
                .thenComparingInt(Range::order));
        for (Range r : ranges) {
            if (r.specificity() == 0) return offered[0];
            for (String o : offered) if (r.matches(o)) return o;
        }
        throw new NotAcceptableException("This document is available as " + String.join(", ", offered));
    }

    /** A negotiated answer varies by Accept, so caches keep one per format. */
    static Response varying(Response r) {
        return Response.fromResponse(r).header("Vary", "Accept").build();
    }
}
