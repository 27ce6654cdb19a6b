-- The request each Idempotency-Key of a council was first used with (a SHA-256 of its method, URI and body),
-- written in the transaction that appends the request's events. A retry with the same key and the same
-- request answers as the first time; the same key with another request is refused (422 idempotency-key-reused).
CREATE TABLE idempotency_keys (
    council_id      TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_digest  TEXT        NOT NULL,
    first_used_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (council_id, idempotency_key)
);
