package org.bestvalue.eventkit;

/** The resource does not exist for the caller's council (another council's resource is reported the same way). */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
