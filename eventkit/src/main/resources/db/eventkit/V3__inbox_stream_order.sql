-- Per-stream order for consumers: the highest stream version each consumer applied, so an event that
-- arrives after a gap in its stream waits (is retried) instead of being applied out of order.
CREATE TABLE inbox_stream_versions (
    consumer     TEXT   NOT NULL,
    stream_type  TEXT   NOT NULL,
    stream_id    TEXT   NOT NULL,
    version      BIGINT NOT NULL,
    PRIMARY KEY (consumer, stream_type, stream_id)
);
