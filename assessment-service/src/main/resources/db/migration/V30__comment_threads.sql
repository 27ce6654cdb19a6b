-- Comment threads on narratives (the comment-thread streams' query tables; CommentThreadProjection writes them in the
-- append transaction, ProjectionRebuilder refills them from the events).
CREATE TABLE comment_threads (
    id                  UUID        PRIMARY KEY,
    council_id          TEXT        NOT NULL,
    cycle_id            UUID        NOT NULL,
    narrative_id        UUID        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    quote               TEXT,
    narrative_revision  INT         NOT NULL,
    opened_by           TEXT        NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    message_count       INT         NOT NULL,
    resolved_by         TEXT,
    resolution_note     TEXT,
    resolved_at         TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL,
    stream_version      BIGINT      NOT NULL
);
CREATE INDEX comment_threads_narrative ON comment_threads (council_id, narrative_id, status);

-- The opening comment (seq 1) and each reply.
CREATE TABLE comment_messages (
    thread_id   UUID        NOT NULL,
    seq         INT         NOT NULL,
    council_id  TEXT        NOT NULL,
    author_id   TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (thread_id, seq)
);
