-- The reporting service's read models. It owns no events of its own: every row below is a
-- projection of an event consumed from bv.assessment.events, bv.scoring.events or bv.action.events.
--
-- Every table carries a GENERATION. The live consumers write into the active generation (and into a
-- generation being rebuilt, if any); a rebuild replays the topics from the beginning into a fresh
-- generation and then switches the active one over. Queries read the active generation only.
--
-- The tables keep history, not current state: the heat-map at any instant is computed from the score
-- events recorded up to that instant, and an action's state is folded from its events. Every row is
-- keyed so that applying the same event twice (or in another order during a rebuild) changes nothing.

CREATE TABLE read_model_generation (
    singleton   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    active      INT         NOT NULL,
    building    INT,
    switched_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO read_model_generation (active) VALUES (1);

CREATE SEQUENCE read_model_generation_seq START WITH 2;

CREATE TABLE framework_versions (
    generation           INT         NOT NULL,
    council_id           TEXT        NOT NULL,
    framework_version_id TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    label                TEXT,
    predecessor_id       TEXT,
    imported_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (generation, framework_version_id)
);

CREATE TABLE themes (
    generation           INT  NOT NULL,
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    title                TEXT NOT NULL,
    ord                  INT  NOT NULL,
    PRIMARY KEY (generation, framework_version_id, code)
);

CREATE TABLE characteristics (
    generation           INT  NOT NULL,
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    theme_code           TEXT NOT NULL,
    title                TEXT NOT NULL,
    description          TEXT,
    ord                  INT  NOT NULL,
    cross_reference_to   TEXT,
    PRIMARY KEY (generation, framework_version_id, code)
);

-- How a version's characteristics map onto its predecessor's (one row per mapping entry).
CREATE TABLE framework_mappings (
    generation           INT  NOT NULL,
    framework_version_id TEXT NOT NULL,
    seq                  INT  NOT NULL,
    code                 TEXT,
    predecessor_code     TEXT,
    change               TEXT NOT NULL,
    PRIMARY KEY (generation, framework_version_id, seq)
);

CREATE TABLE cycles (
    generation           INT         NOT NULL,
    council_id           TEXT        NOT NULL,
    cycle_id             TEXT        NOT NULL,
    year                 INT         NOT NULL,
    title                TEXT,
    framework_version_id TEXT        NOT NULL,
    carried_forward_from TEXT,
    opened_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (generation, cycle_id)
);
CREATE INDEX cycles_council ON cycles (generation, council_id, year);

-- Snapshots, publications and closure of a cycle, one row per event (a cycle may be re-snapshotted).
CREATE TABLE cycle_milestones (
    generation INT         NOT NULL,
    event_id   UUID        NOT NULL,
    council_id TEXT        NOT NULL,
    cycle_id   TEXT        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('SNAPSHOT_TAKEN', 'PUBLISHED', 'CLOSED')),
    as_of      TIMESTAMPTZ,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX cycle_milestones_cycle ON cycle_milestones (generation, council_id, cycle_id);

CREATE TABLE scoring_rounds (
    generation INT         NOT NULL,
    council_id TEXT        NOT NULL,
    round_id   TEXT        NOT NULL,
    cycle_id   TEXT        NOT NULL,
    name       TEXT,
    kind       TEXT,
    opened_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (generation, round_id)
);

-- Every score event, in full: the heat-map as of any instant, the audit trail and inter-rater
-- agreement are all computed from these rows.
CREATE TABLE score_history (
    generation          INT         NOT NULL,
    event_id            UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    cycle_id            TEXT        NOT NULL,
    round_id            TEXT,
    characteristic_code TEXT        NOT NULL,
    theme_code          TEXT,
    event_type          TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    colour              TEXT,
    previous_colour     TEXT,
    reason              TEXT,
    decision            TEXT,
    actor               TEXT        NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    stream_id           TEXT        NOT NULL,
    stream_version      BIGINT      NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX score_history_cell ON score_history (generation, council_id, cycle_id, characteristic_code, at);

-- Every opportunity and action event; an action's current (or past) state is folded from them.
CREATE TABLE action_history (
    generation          INT         NOT NULL,
    event_id            UUID        NOT NULL,
    council_id          TEXT        NOT NULL,
    cycle_id            TEXT        NOT NULL,
    opportunity_id      TEXT,
    action_id           TEXT,
    characteristic_code TEXT,
    event_type          TEXT        NOT NULL,
    actor               TEXT        NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    stream_id           TEXT        NOT NULL,
    stream_version      BIGINT      NOT NULL,
    data                JSONB       NOT NULL,
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX action_history_cycle ON action_history (generation, council_id, cycle_id);
