package org.bestvalue.eventkit;

/**
 * A command broke a rule of the domain. Carries the field the client should fix, when there is one,
 * and the HTTP status the REST layer answers with (422 unless a rule says otherwise, e.g. 409 for a
 * state conflict).
 */
public class RuleViolation extends RuntimeException {
    private final String code;
    private final String field;
    private final int status;

    public RuleViolation(String code, String field, String message) {
        this(422, code, field, message);
    }

    public RuleViolation(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** A stable, kebab-case name of the rule, used as the problem type. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public int status() {
        return status;
    }
}
