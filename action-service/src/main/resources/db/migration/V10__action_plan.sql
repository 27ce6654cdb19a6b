-- Read side of the action-service. Every table here is a projection: the opportunity and action
-- tables of the events table (refreshed in the append's transaction), the catalogue tables of the
-- assessment and scoring topics (written through the idempotent inbox).

-- The characteristic catalogue, learnt from FrameworkVersionImported.
CREATE TABLE catalogue_framework_version (
    framework_version_id TEXT PRIMARY KEY,
    council_id           TEXT NOT NULL,
    name                 TEXT,
    label                TEXT
);

CREATE TABLE catalogue_theme (
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    title                TEXT NOT NULL,
    sort_order           INT  NOT NULL,
    PRIMARY KEY (framework_version_id, code)
);

CREATE TABLE catalogue_characteristic (
    framework_version_id TEXT NOT NULL,
    code                 TEXT NOT NULL,
    theme_code           TEXT NOT NULL,
    title                TEXT NOT NULL,
    sort_order           INT  NOT NULL,
    cross_reference_to   TEXT,
    PRIMARY KEY (framework_version_id, code)
);

-- Cycles, learnt from CycleOpened: which framework version a cycle assesses against.
CREATE TABLE catalogue_cycle (
    council_id           TEXT NOT NULL,
    cycle_id             TEXT NOT NULL,
    framework_version_id TEXT NOT NULL,
    year                 INT,
    title                TEXT,
    PRIMARY KEY (council_id, cycle_id)
);

-- The theme a scoring event named for a characteristic: used when the catalogue has not arrived yet.
CREATE TABLE scored_characteristic (
    council_id          TEXT NOT NULL,
    cycle_id            TEXT NOT NULL,
    characteristic_code TEXT NOT NULL,
    theme_code          TEXT NOT NULL,
    final_colour        TEXT,
    PRIMARY KEY (council_id, cycle_id, characteristic_code)
);

CREATE TABLE opportunity_view (
    opportunity_id      TEXT PRIMARY KEY,
    council_id          TEXT        NOT NULL,
    cycle_id            TEXT        NOT NULL,
    characteristic_code TEXT        NOT NULL,
    gap                 TEXT        NOT NULL,
    origin              TEXT        NOT NULL,
    colour              TEXT,
    raised_at           TIMESTAMPTZ NOT NULL,
    raised_by           TEXT        NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT opportunity_per_characteristic UNIQUE (council_id, cycle_id, characteristic_code)
);

CREATE TABLE action_view (
    action_id            TEXT PRIMARY KEY,
    council_id           TEXT        NOT NULL,
    opportunity_id       TEXT        NOT NULL,
    cycle_id             TEXT        NOT NULL,
    characteristic_code  TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    officers             TEXT[]      NOT NULL,
    service_area         TEXT        NOT NULL,
    indicative_timeline  TEXT        NOT NULL,
    start_date           DATE,
    end_date             DATE,
    status               TEXT        NOT NULL,
    status_reason        TEXT,
    deferred_until       DATE,
    completed_on         DATE,
    completion_note      TEXT,
    progress_on          DATE,
    progress_percent     INT,
    progress_rag         TEXT,
    progress_note        TEXT,
    progress_author      TEXT,
    external_references  JSONB       NOT NULL DEFAULT '[]',
    planned_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL
);

CREATE INDEX action_view_cycle ON action_view (council_id, cycle_id);
CREATE INDEX action_view_opportunity ON action_view (opportunity_id);
CREATE INDEX action_view_officers ON action_view USING GIN (officers);
