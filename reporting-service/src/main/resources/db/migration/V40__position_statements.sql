-- The position statements: what each characteristic's narrative said, and which evidence it cited, at any
-- instant. Like the other read models these keep history (one row per event) and a generation; the book,
-- the theme packs and the progress report fold them up to the instant asked for.

-- Every narrative event of a cycle that the position statements need: a revision's text (drafted or revised),
-- an item of evidence attached or detached, a change of status.
CREATE TABLE narrative_history (
    generation          INT         NOT NULL,
    event_id            UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    cycle_id            TEXT        NOT NULL,
    narrative_id        TEXT        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    event_type          TEXT        NOT NULL,
    revision            INT,
    text                TEXT,
    evidence_id         TEXT,
    status              TEXT,
    actor               TEXT        NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    stream_id           TEXT        NOT NULL,
    stream_version      BIGINT      NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX narrative_history_cycle ON narrative_history (generation, council_id, cycle_id);

-- Every revision of an item of the council's evidence library (the library is the council's, not a cycle's).
CREATE TABLE evidence_history (
    generation     INT         NOT NULL,
    event_id       UUID        NOT NULL,
    council_id     TEXT        NOT NULL,
    evidence_id    TEXT        NOT NULL,
    revision       INT,
    title          TEXT        NOT NULL,
    kind           TEXT,
    reference      TEXT,
    uri            TEXT,
    dated          DATE,
    actor          TEXT        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    stream_version BIGINT      NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX evidence_history_council ON evidence_history (generation, council_id, evidence_id);
