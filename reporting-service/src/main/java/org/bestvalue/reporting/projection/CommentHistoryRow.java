package org.bestvalue.reporting.projection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One comment-thread event of a cycle (its stream id is the thread's id): open comments at any instant come from these. */
@Entity
@Table(name = "comment_history")
public class CommentHistoryRow extends StreamEventRow {
}
