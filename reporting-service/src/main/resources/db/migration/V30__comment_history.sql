-- Every comment-thread event of the assessment topic (CommentThreadStarted, CommentReplied, CommentThreadResolved,
-- CommentThreadReopened): a thread is open at an instant when its latest event then is not a resolution, so the
-- heat-map counts open comments per characteristic and theme as of any instant. stream_id is the thread's id.
CREATE TABLE comment_history (
    generation          INT         NOT NULL,
    event_id            UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    cycle_id            TEXT        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    event_type          TEXT        NOT NULL,
    actor               TEXT        NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    stream_id           TEXT        NOT NULL,
    stream_version      BIGINT      NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX comment_history_cycle ON comment_history (generation, council_id, cycle_id);
