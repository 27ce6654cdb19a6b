-- Query tables of the scoring service: projections of its own events table, updated in the
-- transaction that appends the events, rebuildable by replaying the events.

CREATE TABLE scoring_round (
    round_id    TEXT PRIMARY KEY,
    council_id  TEXT NOT NULL,
    cycle_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    opened_by   TEXT NOT NULL,
    snapshot_at TIMESTAMPTZ,
    closed_by   TEXT,
    version     BIGINT NOT NULL
);

CREATE INDEX scoring_round_by_cycle ON scoring_round (council_id, cycle_id);

CREATE TABLE reviewer_assignment (
    round_id    TEXT NOT NULL,
    theme_code  TEXT NOT NULL,
    council_id  TEXT NOT NULL,
    reviewer_id TEXT NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    assigned_by TEXT NOT NULL,
    PRIMARY KEY (round_id, theme_code)
);

CREATE TABLE score (
    round_id            TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    council_id          TEXT NOT NULL,
    cycle_id            TEXT NOT NULL,
    theme_code          TEXT NOT NULL,
    status              TEXT NOT NULL,
    colour              TEXT,
    reviewer_id         TEXT,
    rationale           TEXT,
    evidence_sampled    TEXT[] NOT NULL DEFAULT '{}',
    moderation_outcome  TEXT,
    moderator_id        TEXT,
    moderation_reason   TEXT,
    leadership_decision TEXT,
    leadership_reason   TEXT,
    reopened_at         TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ NOT NULL,
    updated_by          TEXT NOT NULL,
    version             BIGINT NOT NULL,
    PRIMARY KEY (round_id, characteristic_code)
);

CREATE INDEX score_by_cycle ON score (council_id, cycle_id, characteristic_code);
