package org.bestvalue.action.actionplan;

import java.time.LocalDate;

/** One progress update on an action, as reported to committee. */
public record Progress(LocalDate on, Integer percent, Rag rag, String note, String authorId) {
}
