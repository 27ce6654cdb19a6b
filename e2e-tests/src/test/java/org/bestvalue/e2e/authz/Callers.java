package org.bestvalue.e2e.authz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the matrix sends each request as: no token; each council role as the demo user of council
 * {@code demo-borough} that holds it ("own": the path ids are this council's) and as the user of council
 * {@code other-district} that holds it ("other": the same ids are another council's); the platform operator
 * (no council).
 */
final class Callers {
    /** Role → the demo-borough user holding it (the planner also holds author, as in the realm). */
    static final Map<String, String> OWN = new LinkedHashMap<>();
    /** Role → the other-district user holding it. */
    static final Map<String, String> OTHER = new LinkedHashMap<>();
    static final String OPERATOR = "operator";

    static {
        OWN.put("planner", "planner");
        OWN.put("author", "author");
        OWN.put("reviewer", "reviewer-ci");
        OWN.put("moderator", "moderator");
        OWN.put("leadership", "leadership");
        OWN.put("action-owner", "action-owner-finance");
        OWN.put("auditor", "auditor");
        OWN.put("admin", "admin");
        for (String role : OWN.keySet()) OTHER.put(role, "od-" + (role.equals("action-owner") ? "action-owner" : role));
    }

    record Caller(String column, String user, String side) {
        /** The matrix cell part this caller fills: own, other, or the whole cell. */
        String label() {
            return side == null ? column : column + "/" + side;
        }
    }

    private Callers() {
    }

    static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("anonymous");
        c.addAll(OWN.keySet());
        c.add(OPERATOR);
        return c;
    }

    static List<Caller> all() {
        List<Caller> all = new ArrayList<>();
        all.add(new Caller("anonymous", null, null));
        for (String role : OWN.keySet()) {
            all.add(new Caller(role, OWN.get(role), "own"));
            all.add(new Caller(role, OTHER.get(role), "other"));
        }
        all.add(new Caller(OPERATOR, "operator", null));
        return all;
    }
}
