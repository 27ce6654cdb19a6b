package org.bestvalue.eventkit.deadletter;

import org.bestvalue.eventkit.inbox.EventInbox;

/**
 * A consumer whose dead letters can be re-applied after a fix: the topic it reads, its inbox name and
 * the handler it applies through the inbox. Consumers declare themselves by implementing this as a bean.
 */
public interface ReplayableConsumer {
    /** The topics the consumer reads (a DLQ record's {@code dead-letter-topic} header names one). */
    java.util.Set<String> topics();

    /** The consumer's name in the inbox (its checkpoint rows). */
    String consumer();

    EventInbox.Handler handler();
}
